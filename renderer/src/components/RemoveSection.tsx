import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ContractError } from '../api/client';
import { ConfirmButton } from './ConfirmButton';

/** The end of an edit page: remove what was registered by mistake, asking once; a refusal is shown as it is. */
export function RemoveSection({
  heading = 'Feilregistrert?',
  hint,
  label,
  description,
  onRemove,
}: {
  heading?: string;
  hint: string;
  label: string;
  /** Names what disappears. */
  description: string;
  onRemove: () => Promise<void>;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="remove-heading">
      <Heading level={2} data-size="sm" id="remove-heading">
        {heading}
      </Heading>
      <Paragraph className="muted">{hint}</Paragraph>
      {refusal ? (
        <Alert data-color="warning" role="alert">
          {refusal}
        </Alert>
      ) : null}
      <ConfirmButton
        label={label}
        title={`${label}?`}
        description={description}
        confirmLabel={label}
        onConfirm={async () => {
          try {
            setRefusal(null);
            await onRemove();
          } catch (error) {
            setRefusal(error instanceof ContractError ? error.message : 'Noe gikk galt, og ingenting ble slettet. Prøv igjen.');
          }
        }}
      />
    </section>
  );
}
