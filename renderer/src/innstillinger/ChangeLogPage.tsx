import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ChangeLogEntry } from '../../../core/changeLog/contract';
import type { MethodInput } from '../../../core/contract';
import { call } from '../api/client';
import { useRead } from '../api/hooks';
import { type Column, DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { ListPager } from '../components/ListPager';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { FormFrame } from '../forms/FormFrame';
import { DateField, SelectField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { formatDateTime, parseDate } from '../format';
import { areaLabel, areaOf } from './changeLogAreas';
import { PendingButton } from '../forms/PendingButton';

type Filter = NonNullable<MethodInput<'changeLog.page'>>;

const columns: Column<ChangeLogEntry>[] = [
  { key: 'at', label: 'Tidspunkt', sortValue: (e) => e.at, render: (e) => formatDateTime(e.at) },
  { key: 'user', label: 'Bruker', sortValue: (e) => e.user, render: (e) => e.user },
  { key: 'label', label: 'Hva', sortValue: (e) => e.label, render: (e) => e.label },
  {
    key: 'area',
    label: 'Område',
    sortValue: (e) => areaLabel(areaOf(e.method)),
    render: (e) => areaLabel(areaOf(e.method)),
  },
  { key: 'entityId', label: 'Nr.', numeric: true, sortValue: (e) => e.entityId, render: (e) => e.entityId ?? '' },
];

function toFilter(values: { from: string; to: string; user: string; area: string }): Filter {
  return {
    from: values.from.trim() ? parseDate(values.from) : undefined,
    to: values.to.trim() ? parseDate(values.to) : undefined,
    user: values.user || undefined,
    area: values.area || undefined,
  };
}

/** Who changed what and when; never the content of what was written. */
export function ChangeLogPage() {
  const filters = useRead('changeLog.filters', undefined);
  const form = useForm('change-log-filter', { from: '', to: '', user: '', area: '' });
  const [applied, setApplied] = useState<Filter>({});
  const entries = useRead('changeLog.page', applied);

  async function apply(event: React.FormEvent) {
    event.preventDefault();
    const filter = toFilter(form.values);
    if (await form.submit(() => call('changeLog.page', filter))) setApplied(filter);
  }

  return (
    <>
      <PageHeader
        title="Endringslogg"
        lead="Hvem som har endret hva og når. Loggen viser aldri innholdet i det som ble skrevet, og den følger med i sikkerhetskopiene."
      />
      <FormFrame form={form} onSubmit={apply} label="Filtrer endringsloggen" className="filter-form">
        <div className="form-row">
          <DateField form={form} name="from" label="Fra og med" />
          <DateField form={form} name="to" label="Til og med" />
          <SelectField
            form={form}
            name="user"
            label="Bruker"
            placeholder="Alle brukere"
            options={(filters.data?.users ?? []).map((user) => ({ value: user, label: user }))}
          />
          <SelectField
            form={form}
            name="area"
            label="Område"
            placeholder="Alle områder"
            options={(filters.data?.areas ?? []).map((area) => ({ value: area, label: areaLabel(area) }))}
          />
        </div>
        <div className="form-actions">
          <PendingButton type="submit" variant="secondary" pending={form.pending}>
            Vis endringer
          </PendingButton>
        </div>
      </FormFrame>
      <div className="section">
        <QueryState query={entries} label="endringer">
          {(list) =>
            list.entries.length === 0 ? (
              <EmptyState title="Ingen endringer">
                Ingen endringer passer med filteret. Velg en lengre periode eller alle brukere.
              </EmptyState>
            ) : (
              <>
                <Paragraph className="muted">
                  {list.total === 1 ? '1 endring' : `${list.total} endringer`} i alt.
                </Paragraph>
                <DataTable
                  caption="Endringer, nyeste først"
                  rows={list.entries}
                  columns={columns}
                  rowKey={(e) => e.id}
                />
                <ListPager
                  list={list}
                  label="Sider i endringsloggen"
                  onPage={(page) => setApplied({ ...applied, page })}
                />
              </>
            )
          }
        </QueryState>
      </div>
    </>
  );
}
