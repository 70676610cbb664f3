import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { Confirmation } from './Confirmation';
import type { SaveWarning } from '../../../core/trainings/contract';

/** What the page before a navigation wants to say: that something was saved, and what to look at again. */
export interface SavedState {
  saved: string;
  warnings?: SaveWarning[];
}

export function SaveNotice() {
  const state = useLocation().state as SavedState | null;
  if (!state?.saved) return null;
  return (
    <>
      <Confirmation>{state.saved}</Confirmation>
      {state.warnings && state.warnings.length > 0 ? <SaveWarnings warnings={state.warnings} /> : null}
    </>
  );
}

export function SaveWarnings({ warnings }: { warnings: SaveWarning[] }) {
  return (
    <Alert data-color="warning" className="section-gap">
      <Heading level={2} data-size="xs">
        Lagret, men sjekk dette
      </Heading>
      {warnings.map((w) => (
        <Paragraph key={w.message}>{w.message}</Paragraph>
      ))}
    </Alert>
  );
}
