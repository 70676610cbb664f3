import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../api/client';
import { useRead } from '../api/hooks';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { AppointmentForm } from '../oppnevninger/AppointmentForm';
import { CommitteeMemberForm } from '../oppnevninger/CommitteeMemberForm';

type Step = 'organisation' | 'committee' | 'mainContact';
const STEPS: Step[] = ['organisation', 'committee', 'mainContact'];

function OrganisationStep({ onDone }: { onDone: () => void }) {
  const form = useForm('organisation', { organisationName: '' });
  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() => call('settings.update', { organisationName: form.values.organisationName }));
    if (saved) onDone();
  }
  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label="Organisasjon">
      <FormErrors form={form} />
      <TextField form={form} name="organisationName" label="Navnet på kommunen eller virksomheten" required description="Vises i appen og i årsrapporten til AMU." />
      <div className="form-actions">
        <Button type="submit" disabled={form.pending}>
          Lagre og gå videre
        </Button>
      </div>
    </form>
  );
}

function CommitteeStep({ onDone }: { onDone: () => void }) {
  const members = useRead('committee.list', undefined);
  return (
    <>
      {members.data && members.data.length > 0 ? (
        <ul aria-label="Lagt til">
          {members.data.map((m) => (
            <li key={m.id}>
              {m.name} – {m.committeeRole}
            </li>
          ))}
        </ul>
      ) : null}
      <CommitteeMemberForm formId="onboarding-member" submitLabel="Legg til utvalgsmedlem" onSaved={() => undefined} />
      <div className="form-actions section">
        <Button variant="secondary" onClick={onDone}>
          Gå videre
        </Button>
      </div>
    </>
  );
}

/** First start: the organisation's name, the committee and the current hovedkontakt, one step at a time. */
export function Onboarding() {
  const [step, setStep] = useState<Step>('organisation');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const index = STEPS.indexOf(step);
  useEffect(() => {
    document.title = 'Kom i gang – AKAN Utvalg';
  }, []);

  const finish = async () => {
    await queryClient.invalidateQueries();
    navigate('/oversikt');
  };

  return (
    <main className="onboarding" id="main">
      <Heading level={1} data-size="lg">
        Velkommen til AKAN Utvalg
      </Heading>
      <Paragraph>
        Steg {index + 1} av {STEPS.length}. Du kan endre alt senere.
      </Paragraph>
      {step === 'organisation' ? (
        <section aria-labelledby="step-heading">
          <Heading level={2} data-size="md" id="step-heading">
            Organisasjonen
          </Heading>
          <OrganisationStep onDone={() => setStep('committee')} />
        </section>
      ) : null}
      {step === 'committee' ? (
        <section aria-labelledby="step-heading">
          <Heading level={2} data-size="md" id="step-heading">
            AKAN-utvalget
          </Heading>
          <Paragraph>Legg til utvalgets medlemmer, vanligvis personal- og kompetanseleder, ruskonsulent og AKAN-hovedkontakt.</Paragraph>
          <CommitteeStep onDone={() => setStep('mainContact')} />
        </section>
      ) : null}
      {step === 'mainContact' ? (
        <section aria-labelledby="step-heading">
          <Heading level={2} data-size="md" id="step-heading">
            Hovedkontakten
          </Heading>
          <Paragraph>Registrer hovedkontakten AMU har oppnevnt, så varsler appen før funksjonsperioden går ut.</Paragraph>
          <AppointmentForm initialRole="mainContact" onSaved={finish} />
          <div className="form-actions section">
            <Button variant="tertiary" onClick={finish}>
              Hopp over – ingen hovedkontakt er oppnevnt ennå
            </Button>
          </div>
        </section>
      ) : null}
    </main>
  );
}
