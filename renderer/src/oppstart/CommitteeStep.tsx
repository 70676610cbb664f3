import { Alert, Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ContractError } from '../api/client';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { CommitteeMemberForm } from '../oppnevninger/CommitteeMemberForm';

/** Members are added one at a time; one added by mistake is removed right here. */
export function CommitteeStep({ onBack, onDone }: { onBack: () => void; onDone: () => void }) {
  const members = useRead('committee.list', undefined);
  const run = useCall();
  const [refusal, setRefusal] = useState<string | null>(null);
  const remove = async (member: { id: number; version: number }) => {
    setRefusal(null);
    try {
      await run('committee.remove', { id: member.id, version: member.version });
      document.getElementById('onboarding-member-name')?.focus();
    } catch (error) {
      setRefusal(error instanceof ContractError ? error.message : 'Noe gikk galt. Prøv igjen.');
    }
  };
  return (
    <>
      {members.data && members.data.length > 0 ? (
        <ul aria-label="Lagt til" className="added-list">
          {members.data.map((m) => (
            <li key={m.id}>
              <span>
                {m.name} – {m.committeeRole}
              </span>{' '}
              <Button variant="tertiary" data-size="sm" onClick={() => remove(m)}>
                Fjern {m.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {refusal ? (
        <Alert data-color="warning" role="alert">
          {refusal}
        </Alert>
      ) : null}
      <CommitteeMemberForm formId="onboarding-member" submitLabel="Legg til utvalgsmedlem" onSaved={() => undefined} />
      <div className="form-actions section">
        <Button onClick={onDone}>Gå videre</Button>
        <Button variant="secondary" onClick={onBack}>
          Tilbake
        </Button>
      </div>
    </>
  );
}
