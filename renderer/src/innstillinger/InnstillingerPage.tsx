import { useRead } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { SettingsForm } from './SettingsForm';

export function InnstillingerPage() {
  const settings = useRead('settings.get', undefined);
  return (
    <>
      <PageHeader title="Innstillinger" lead="Organisasjonen, varslingstider og grenser som gjelder for hele appen." />
      <QueryState query={settings} label="innstillinger">
        {(s) => <SettingsForm settings={s} />}
      </QueryState>
    </>
  );
}
