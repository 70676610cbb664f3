import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ConfirmButton } from './ConfirmButton';

/** The end of an edit page: remove what was registered by mistake, asking once; a refusal is shown in the dialog. */
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
  onRemove: () => Promise<unknown>;
}) {
  return (
    <section className="section" aria-labelledby="remove-heading">
      <Heading level={2} data-size="sm" id="remove-heading">
        {heading}
      </Heading>
      <Paragraph className="muted">{hint}</Paragraph>
      <ConfirmButton
        label={label}
        title={`${label}?`}
        description={description}
        confirmLabel={label}
        onConfirm={onRemove}
      />
    </section>
  );
}
