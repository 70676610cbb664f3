import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ContractError } from '../api/client';

/** Archive or restore a catalogue entry; a refusal is shown beside the button. */
export function ArchiveSection({
  archived,
  the,
  archivedText,
  archiveText,
  onToggle,
}: {
  archived: boolean;
  /** «emnet», «temaet», «indikatoren». */
  the: string;
  /** What archived means for an entry that is archived, and for one that is not yet. */
  archivedText: string;
  archiveText: string;
  onToggle: () => Promise<unknown>;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async () => {
    try {
      setProblem(null);
      await onToggle();
    } catch (error) {
      setProblem(error instanceof ContractError ? error.message : 'Noe gikk galt. Prøv igjen.');
    }
  };
  return (
    <section className="section" aria-labelledby="archive-heading">
      <Heading level={2} data-size="sm" id="archive-heading">
        {archived ? 'Arkivert' : 'Arkiver'}
      </Heading>
      <Paragraph className="muted">{archived ? archivedText : archiveText}</Paragraph>
      {problem ? <Alert data-color="danger">{problem}</Alert> : null}
      <Button variant="secondary" onClick={toggle}>
        {archived ? `Hent fram ${the}` : `Arkiver ${the}`}
      </Button>
    </section>
  );
}
