import { SkipLink } from '@digdir/designsystemet-react';
import { focusMainHeading } from '../forms/focus';

/** «Hopp til hovedinnholdet»: moves focus to the screen's heading and never navigates (the router owns `#`). */
export function SkipToHeading() {
  return (
    <SkipLink
      href="#main"
      className="app-skip-link"
      onClick={(event) => {
        event.preventDefault();
        focusMainHeading();
      }}
    >
      Hopp til hovedinnholdet
    </SkipLink>
  );
}
