import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import type { CampaignTheme } from '../../../core/campaigns/contract';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { type Column, DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { StatusTag } from '../components/StatusTag';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { useRecordVersion } from '../forms/recordVersion';
import { formatNumber } from '../format';
import { PendingButton } from '../forms/PendingButton';

const columns: Column<CampaignTheme>[] = [
  {
    key: 'name',
    label: 'Tema',
    sortValue: (t) => t.name,
    render: (t) => <Link to={`/informasjonstiltak/temaer/${t.id}`}>{t.name}</Link>,
  },
  {
    key: 'used',
    label: 'Brukt i antall tiltak',
    numeric: true,
    sortValue: (t) => t.campaignCount,
    render: (t) => formatNumber(t.campaignCount),
  },
  {
    key: 'status',
    label: 'Status',
    sortValue: (t) => Number(t.archived),
    render: (t) =>
      t.archived ? <StatusTag color="neutral">Arkivert</StatusTag> : <StatusTag color="success">I bruk</StatusTag>,
  },
];

function ThemeNameForm({ theme, onSaved }: { theme?: CampaignTheme; onSaved: (saved: CampaignTheme) => void }) {
  const form = useForm(theme ? 'theme-rename' : 'theme-new', { name: theme?.name ?? '' });
  const version = useRecordVersion(theme);
  const saveTo = useSave(form, version);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    const name = form.values.name;
    const saved = await (theme
      ? saveTo('campaigns.renameTheme', { id: theme.id, version: version.current(), name })
      : saveTo('campaigns.createTheme', { name }));
    if (!saved) return;
    if (!theme) form.reset({ name: '' });
    onSaved(saved);
  }
  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label={theme ? 'Endre navn på temaet' : 'Nytt tema'}>
      <FormErrors form={form} />
      <TextField form={form} name="name" label={theme ? 'Navn' : 'Nytt tema'} required />
      <div className="form-actions">
        <PendingButton type="submit" variant={theme ? 'primary' : 'secondary'} pending={form.pending}>
          {theme ? 'Lagre navnet' : 'Legg til tema'}
        </PendingButton>
      </div>
    </form>
  );
}

function ThemeList() {
  const themes = useRead('campaigns.themes', { includeArchived: true });
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Temaer for informasjonstiltak"
        lead="Temaene dere velger mellom når dere registrerer et tiltak. Et tema som er i bruk, kan arkiveres, men ikke slettes."
        actions={
          <Button asChild variant="secondary">
            <Link to="/informasjonstiltak">Tilbake til informasjonstiltak</Link>
          </Button>
        }
      />
      {added ? (
        <Alert data-color="success" role="status">
          {added}
        </Alert>
      ) : null}
      <QueryState query={themes} label="temaer">
        {(list) => <DataTable caption="Temaer" rows={list} columns={columns} rowKey={(t) => t.id} />}
      </QueryState>
      <section className="section" aria-labelledby="new-theme-heading">
        <Heading level={2} data-size="sm" id="new-theme-heading">
          Legg til tema
        </Heading>
        <ThemeNameForm onSaved={(t) => setAdded(`Temaet «${t.name}» er lagt til.`)} />
      </section>
    </>
  );
}

function ThemeDetail() {
  const id = Number(useParams().id);
  const themes = useRead('campaigns.themes', { includeArchived: true });
  const navigate = useNavigate();
  const run = useCall();
  const back = () => navigate('/informasjonstiltak/temaer');
  return (
    <QueryState query={themes} label="temaet">
      {(list) => {
        const theme = list.find((t) => t.id === id);
        if (!theme) return <Alert data-color="warning">Fant ikke temaet. Det kan være slettet.</Alert>;
        const archive = async () => {
          await run(theme.archived ? 'campaigns.restoreTheme' : 'campaigns.archiveTheme', {
            id: theme.id,
            version: theme.version,
          });
        };
        return (
          <>
            <PageHeader
              title={`Tema: ${theme.name}`}
              lead={`Brukt i ${theme.campaignCount} informasjonstiltak.`}
              actions={
                <Button asChild variant="secondary">
                  <Link to="/informasjonstiltak/temaer">Tilbake til temaene</Link>
                </Button>
              }
            />
            <ThemeNameForm key={theme.id} theme={theme} onSaved={back} />
            <section className="section" aria-labelledby="archive-heading">
              <Heading level={2} data-size="sm" id="archive-heading">
                {theme.archived ? 'Arkivert' : 'Arkiver'}
              </Heading>
              <Paragraph className="muted">
                {theme.archived
                  ? 'Temaet vises ikke i valglistene. Tiltak som bruker det, beholder det.'
                  : 'Et arkivert tema vises ikke lenger i valglistene. Tiltak som bruker det, beholder det, og du kan hente det fram igjen.'}
              </Paragraph>
              <Button variant="secondary" onClick={archive}>
                {theme.archived ? 'Hent fram temaet' : 'Arkiver temaet'}
              </Button>
            </section>
            {theme.campaignCount === 0 ? (
              <RemoveSection
                heading="Slett"
                hint="Temaet er ikke brukt i noen tiltak og kan slettes."
                label="Slett temaet"
                description={`Temaet «${theme.name}» forsvinner fra listen.`}
                onRemove={async () => {
                  await run('campaigns.removeTheme', { id: theme.id, version: theme.version });
                  back();
                }}
              />
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}

export function ThemesPage() {
  return (
    <Routes>
      <Route index element={<ThemeList />} />
      <Route path=":id" element={<ThemeDetail />} />
    </Routes>
  );
}
