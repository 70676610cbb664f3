import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { focusBeside } from '../forms/focus';

const STORAGE_KEY = 'akan.statistikk.bareTallLest';

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'ja';
  } catch {
    return false;
  }
}

/** Said once on the entry screen, until the user has read it (remembered on this computer). */
export function PrivacyReminder() {
  const [dismissed, setDismissed] = useState(wasDismissed);
  const ref = useRef<HTMLDivElement>(null);
  if (dismissed) return null;
  const dismiss = () => {
    focusBeside(ref.current);
    try {
      localStorage.setItem(STORAGE_KEY, 'ja');
    } catch {
      // Without storage the reminder simply comes back next time.
    }
    setDismissed(true);
  };
  return (
    <Alert data-color="info" className="privacy-reminder" ref={ref}>
      <Heading level={2} data-size="xs">
        Bare antall her
      </Heading>
      <Paragraph>
        Her registrerer du bare hvor mange. Skriv aldri navn eller noe annet som kan peke ut en ansatt – slike
        opplysninger hører til i personalsaken, ikke hos AKAN-utvalget.
      </Paragraph>
      <Button variant="secondary" data-size="sm" onClick={dismiss}>
        Skjønner, ikke vis igjen
      </Button>
    </Alert>
  );
}
