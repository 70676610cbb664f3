import { Alert, Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import type { CampaignTheme } from '../../../core/campaigns/themesContract';
import type { TrainingTopic } from '../../../core/trainings/contract';
import { useRead } from '../api/hooks';
import { type Column, DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { FormFrame } from '../forms/FormFrame';
import { TextField } from '../forms/fields';
import { PendingButton } from '../forms/PendingButton';
import { useCall } from '../forms/useCall';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { formatNumber } from '../format';
import { ArchiveSection } from './ArchiveSection';
import { statusColumn } from './statusColumn';

/** The catalogues whose entries are only a name (see `catalogueMethods` in core). */
type Area = 'trainingTopics' | 'campaignThemes';
type Entry = TrainingTopic | CampaignTheme;

export interface CatalogueText<E extends Entry> {
  /** «emne», «emner», «emnet»: the entry, the entries, the one entry. */
  one: string;
  many: string;
  the: string;
  title: string;
  lead: string;
  /** Below the header of the list (the area's tabs), or beside its title (a way back). */
  nav?: ReactNode;
  actions?: ReactNode;
  detailActions?: ReactNode;
  /** What uses an entry: the table's column and the detail page's lead («Brukt i 3 opplæringer.»). */
  usedLabel: string;
  usedLead: (entry: E) => string;
  archivedText: string;
  archiveText: string;
  removeHint: string;
}

export interface CatalogueProps<E extends Entry> {
  area: Area;
  /** The list's route, for example `/opplaering/emner`. */
  path: string;
  /** The form names (`topic` gives `topic-new` and `topic-rename`). */
  formKey: string;
  usage: (entry: E) => number;
  /** Columns between the usage and the status. */
  columns?: Column<E>[];
  removable: (entry: E) => boolean;
  text: CatalogueText<E>;
}

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase('nb') + word.slice(1);

function methods(area: Area) {
  return {
    list: `${area}.list` as `${Area}.list`,
    create: `${area}.create` as `${Area}.create`,
    update: `${area}.update` as `${Area}.update`,
    archive: `${area}.archive` as `${Area}.archive`,
    restore: `${area}.restore` as `${Area}.restore`,
    remove: `${area}.remove` as `${Area}.remove`,
  };
}

const nameOf = (entry?: { name: string }) => ({ name: entry?.name ?? '' });

function NameForm<E extends Entry>({
  catalogue,
  entry,
  onSaved,
}: {
  catalogue: CatalogueProps<E>;
  entry?: E;
  onSaved: (saved: E) => void;
}) {
  const { one, the } = catalogue.text;
  const form = useForm(`${catalogue.formKey}-${entry ? 'rename' : 'new'}`, nameOf(entry));
  const { save: saveName } = useRecordSave(form, entry, () => nameOf(entry));
  const method = methods(catalogue.area);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveName(method.create, method.update, { name: form.values.name });
    if (!saved) return;
    if (!entry) form.reset({ name: '' });
    onSaved(saved as E);
  }
  return (
    <FormFrame form={form} onSubmit={save} label={entry ? `Endre navn på ${the}` : `Nytt ${one}`} valuesOf={nameOf}>
      <TextField form={form} name="name" label={entry ? 'Navn' : `Nytt ${one}`} required />
      <div className="form-actions">
        <PendingButton type="submit" variant={entry ? 'primary' : 'secondary'} pending={form.pending}>
          {entry ? 'Lagre navnet' : `Legg til ${one}`}
        </PendingButton>
      </div>
    </FormFrame>
  );
}

function CatalogueList<E extends Entry>({ catalogue }: { catalogue: CatalogueProps<E> }) {
  const { text, path, usage } = catalogue;
  const entries = useRead(methods(catalogue.area).list, { includeArchived: true });
  const [added, setAdded] = useState<string | null>(null);
  const columns: Column<E>[] = [
    {
      key: 'name',
      label: capitalised(text.one),
      sortValue: (e) => e.name,
      render: (e) => <Link to={`${path}/${e.id}`}>{e.name}</Link>,
    },
    { key: 'used', label: text.usedLabel, numeric: true, sortValue: usage, render: (e) => formatNumber(usage(e)) },
    ...(catalogue.columns ?? []),
    statusColumn,
  ];
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} actions={text.actions} />
      {text.nav}
      {added ? (
        <Alert data-color="success" role="status">
          {added}
        </Alert>
      ) : null}
      <QueryState query={entries} label={text.many}>
        {(list) => (
          <DataTable caption={capitalised(text.many)} rows={list as E[]} columns={columns} rowKey={(e) => e.id} />
        )}
      </QueryState>
      <section className="section" aria-labelledby="new-entry-heading">
        <Heading level={2} data-size="sm" id="new-entry-heading">
          Legg til {text.one}
        </Heading>
        <NameForm
          catalogue={catalogue}
          onSaved={(e) => setAdded(`${capitalised(text.the)} «${e.name}» er lagt til.`)}
        />
      </section>
    </>
  );
}

function CatalogueDetail<E extends Entry>({ catalogue }: { catalogue: CatalogueProps<E> }) {
  const { text, path } = catalogue;
  const id = Number(useParams().id);
  const method = methods(catalogue.area);
  const entries = useRead(method.list, { includeArchived: true });
  const navigate = useNavigate();
  const run = useCall();
  const back = () => navigate(path);
  return (
    <QueryState query={entries} label={text.the}>
      {(list) => {
        const entry = (list as E[]).find((e) => e.id === id);
        if (!entry) return <Alert data-color="warning">Fant ikke {text.the}. Det kan være slettet.</Alert>;
        const at = { id: entry.id, version: entry.version };
        return (
          <>
            <PageHeader
              title={`${capitalised(text.one)}: ${entry.name}`}
              lead={text.usedLead(entry)}
              actions={text.detailActions}
            />
            <NameForm key={entry.id} catalogue={catalogue} entry={entry} onSaved={back} />
            <ArchiveSection
              archived={entry.archived}
              the={text.the}
              archivedText={text.archivedText}
              archiveText={text.archiveText}
              onToggle={() => run(entry.archived ? method.restore : method.archive, at)}
            />
            {catalogue.removable(entry) ? (
              <RemoveSection
                heading="Slett"
                hint={text.removeHint}
                label={`Slett ${text.the}`}
                description={`${capitalised(text.the)} «${entry.name}» forsvinner fra listen.`}
                onRemove={async () => {
                  await run(method.remove, at);
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

/** An editable catalogue of names: the table with each entry's use and status, the name form, archive and delete. */
export function CataloguePage<E extends Entry>(catalogue: CatalogueProps<E>) {
  return (
    <Routes>
      <Route index element={<CatalogueList catalogue={catalogue} />} />
      <Route path=":id" element={<CatalogueDetail catalogue={catalogue} />} />
    </Routes>
  );
}
