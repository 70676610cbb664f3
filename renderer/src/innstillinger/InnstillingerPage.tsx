import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link, Navigate, useParams } from 'react-router';
import { useMay } from '../api/access';
import { useRead } from '../api/hooks';
import { AdminOnly } from '../components/AdminOnly';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { BackupSection } from './BackupSection';
import { BackupsPage } from './BackupsPage';
import { ChangeLogPage } from './ChangeLogPage';
import { ServerConnection } from './ServerConnection';
import { SettingsForm } from './SettingsForm';
import { screenRoutes } from '../layout/screenRoutes';

function Overview() {
  const settings = useRead('settings.get', undefined);
  const mayChange = useMay('settings.update', 'write');
  const mayBackUp = useMay('backups.status', 'read');
  return (
    <>
      <PageHeader title="Innstillinger" lead="Organisasjonen, varslingstider og grenser som gjelder for hele appen." />
      <AdminOnly may={mayChange} what="endre innstillingene">
        <QueryState query={settings} label="innstillinger">
          {(s) => <SettingsForm settings={s} />}
        </QueryState>
      </AdminOnly>
      <ServerConnection />
      {mayBackUp ? <BackupSection /> : null}
      <section className="section" aria-labelledby="change-log-heading">
        <Heading level={2} data-size="md" id="change-log-heading">
          Endringslogg
        </Heading>
        <Paragraph>Hvem som har endret hva og når, for alle som bruker AKAN Utvalg på denne PC-en.</Paragraph>
        <Link to="/innstillinger/endringslogg">Se endringsloggen</Link>
      </section>
    </>
  );
}

/** Units used to live here; old links still arrive. */
function MovedToUnits() {
  const rest = useParams()['*'];
  return <Navigate to={rest ? `/enheter/${rest}` : '/enheter'} replace />;
}

function Backups() {
  return (
    <AdminOnly
      may={useMay('backups.restore', 'task')}
      what="gjenopprette, eksportere eller importere data"
      title="Sikkerhetskopier"
    >
      <BackupsPage />
    </AdminOnly>
  );
}

export const InnstillingerPage = screenRoutes({
  '': Overview,
  sikkerhetskopier: Backups,
  endringslogg: ChangeLogPage,
  'enheter/*': MovedToUnits,
});
