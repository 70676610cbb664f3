import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';

/** A removal that asks once and names what disappears. */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant="secondary" data-color="danger" onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <Dialog ref={dialog} closedby="any">
        <Heading level={2} data-size="sm">
          {title}
        </Heading>
        <Paragraph>{description}</Paragraph>
        <div className="form-actions">
          <Button
            data-color="danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Avbryt
          </Button>
        </div>
      </Dialog>
    </>
  );
}
