import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { ContractError } from '../api/client';
import { PendingButton } from '../forms/PendingButton';

const FAILED = 'Noe gikk galt, og ingenting ble endret. Prøv igjen.';

/**
 * An action that asks once and names what happens. `onConfirm` is awaited: the dialog closes when it succeeds,
 * and stays open with the refusal when it does not.
 */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  danger = true,
}: {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  danger?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const color = danger ? 'danger' : undefined;
  const confirm = async () => {
    setRefusal(null);
    setPending(true);
    try {
      await onConfirm();
      dialog.current?.close();
    } catch (error) {
      setRefusal(error instanceof ContractError ? error.message : FAILED);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button variant="secondary" data-color={color} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <Dialog ref={dialog} closedby="any" onClose={() => setRefusal(null)}>
        <Heading level={2} data-size="sm">
          {title}
        </Heading>
        <Paragraph>{description}</Paragraph>
        {refusal ? (
          <Alert data-color="warning" role="alert">
            {refusal}
          </Alert>
        ) : null}
        <div className="form-actions">
          <PendingButton data-color={color} pending={pending} onClick={confirm}>
            {confirmLabel}
          </PendingButton>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Avbryt
          </Button>
        </div>
      </Dialog>
    </>
  );
}
