import { useNavigate, useParams } from 'react-router';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { CampaignForm } from './CampaignForm';

export function NewCampaign() {
  return (
    <>
      <PageHeader title="Nytt informasjonstiltak" lead="Registrer et tiltak dere planlegger eller har gjennomført." />
      <CampaignForm />
    </>
  );
}

export function EditCampaign() {
  const id = Number(useParams().id);
  const campaign = useRead('campaigns.get', { id });
  const navigate = useNavigate();
  const run = useCall();
  return (
    <QueryState query={campaign} label="informasjonstiltaket">
      {(c) => (
        <>
          <PageHeader
            title={c.title}
            lead="Endre tiltaket, oppdater status eller skriv evalueringen når det er gjennomført."
          />
          <CampaignForm key={c.id} existing={c} />
          <RemoveSection
            hint="Slett bare tiltak som aldri skulle vært registrert. Er tiltaket avlyst, sett status til «Avlyst» i stedet."
            label="Slett tiltaket"
            description={`«${c.title}» forsvinner fra listen, tidslinjen og årsrapporten.`}
            onRemove={async () => {
              await run('campaigns.remove', { id: c.id, version: c.version });
              navigate('/informasjonstiltak', { state: { saved: `«${c.title}» er slettet.` } });
            }}
          />
        </>
      )}
    </QueryState>
  );
}
