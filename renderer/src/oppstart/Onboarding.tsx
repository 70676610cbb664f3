import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Settings } from '../../../core/settings/contract';
import { useMay } from '../api/access';
import { useRead } from '../api/hooks';
import { AdminOnly } from '../components/AdminOnly';
import { focusSoon } from '../forms/focus';
import { useCall } from '../forms/useCall';
import { AppointmentForm } from '../oppnevninger/AppointmentForm';
import { CommitteeStep } from './CommitteeStep';
import { OrganisationStep } from './OrganisationStep';
import { ServerChoice } from './ServerChoice';

type Step = 'organisation' | 'committee' | 'mainContact' | 'units';
const STEPS: Step[] = ['organisation', 'committee', 'mainContact', 'units'];
const HEADINGS: Record<Step, string> = {
  organisation: 'Organisasjonen',
  committee: 'AKAN-utvalget',
  mainContact: 'Hovedkontakten',
  units: 'Enhetene',
};

/** Where a guide left off (after a reload, or a restart of the app) picks up again. */
function resumeAt(settings: Settings): Step {
  if (settings.organisationName === '') return 'organisation';
  return settings.guideStep === 'done' ? 'units' : settings.guideStep;
}

/** First start: the organisation's name, the committee, the current hovedkontakt, then where the units go. */
export function Onboarding() {
  const settings = useRead('settings.get', undefined);
  const may = useMay('settings.update', 'write');
  if (!settings.data) return null;
  return (
    <AdminOnly may={may} what="sette opp AKAN Utvalg for virksomheten" title="Kom i gang">
      <Guide settings={settings.data} />
    </AdminOnly>
  );
}

function Guide({ settings }: { settings: Settings }) {
  const [step, setStep] = useState<Step>(() => resumeAt(settings));
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const navigate = useNavigate();
  const run = useCall();
  const index = STEPS.indexOf(step);

  useEffect(() => {
    document.title = 'Kom i gang – AKAN Utvalg';
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusSoon(() => heading.current);
  }, [step]);

  const goTo = async (next: Step) => {
    if (next !== 'organisation') await run('settings.update', { guideStep: next === 'units' ? 'done' : next });
    setStep(next);
  };

  return (
    <main className="onboarding" id="main">
      <Heading level={1} data-size="lg">
        Velkommen til AKAN Utvalg
      </Heading>
      <Paragraph>
        Steg {index + 1} av {STEPS.length}. Du kan endre alt senere.
      </Paragraph>
      <section aria-labelledby="step-heading">
        <Heading level={2} data-size="md" id="step-heading" ref={heading} tabIndex={-1}>
          {HEADINGS[step]}
        </Heading>
        {step === 'organisation' ? (
          <>
            <OrganisationStep initialName={settings.organisationName} onDone={() => setStep('committee')} />
            <ServerChoice />
          </>
        ) : null}
        {step === 'committee' ? (
          <>
            <Paragraph>
              Legg til utvalgets medlemmer, vanligvis personal- og kompetanseleder, ruskonsulent og AKAN-hovedkontakt.
            </Paragraph>
            <CommitteeStep onBack={() => setStep('organisation')} onDone={() => goTo('mainContact')} />
          </>
        ) : null}
        {step === 'mainContact' ? (
          <>
            <Paragraph>
              Registrer hovedkontakten AMU har oppnevnt, så varsler appen før funksjonsperioden går ut.
            </Paragraph>
            <AppointmentForm initialRole="mainContact" onSaved={() => goTo('units')} />
            <div className="form-actions section">
              <Button variant="secondary" onClick={() => setStep('committee')}>
                Tilbake til utvalget
              </Button>
              <Button variant="tertiary" onClick={() => goTo('units')}>
                Hopp over – ingen hovedkontakt er oppnevnt ennå
              </Button>
            </div>
          </>
        ) : null}
        {step === 'units' ? (
          <>
            <Paragraph>
              Nå er AKAN Utvalg klart. Neste steg er å registrere sektorene og enhetene i kommunen, med antall ansatte
              og ledere. De brukes når dere inviterer til opplæring, i dekningsoversikten og i statistikken. Du finner
              dem alltid under «Enheter» i menyen.
            </Paragraph>
            <div className="form-actions">
              <Button asChild>
                <Link to="/enheter/ny">Registrer den første enheten</Link>
              </Button>
              <Button variant="secondary" onClick={() => navigate('/oversikt')}>
                Gå til oversikten
              </Button>
            </div>
          </>
        ) : null}
      </section>
    </main>
  );
}
