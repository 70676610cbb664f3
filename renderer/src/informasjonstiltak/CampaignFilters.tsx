import { Button } from '@digdir/designsystemet-react';
import type { CampaignList, CampaignTheme } from '../../../core/campaigns/contract';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { channelOptions, statusOptions } from './labels';

export interface Filters {
  aar: string;
  tema: string;
  status: string;
  kanal: string;
}

/** The list's filters; they live in the address, so a filtered list can be returned to. */
export function CampaignFilters({
  filters,
  list,
  themes,
  onChange,
}: {
  filters: Filters;
  list: CampaignList;
  themes: CampaignTheme[];
  onChange: (next: Filters) => void;
}) {
  const set = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value });
  const narrowed = filters.tema || filters.status || filters.kanal;
  return (
    <search className="filters" aria-label="Filtrer informasjonstiltakene">
      <FilterSelect label="År" value={String(list.year)} options={yearOptions(list.years)} onChange={set('aar')} />
      <FilterSelect
        label="Tema"
        value={filters.tema}
        allLabel="Alle temaer"
        options={themes.map((t) => ({ value: String(t.id), label: t.archived ? `${t.name} (arkivert)` : t.name }))}
        onChange={set('tema')}
      />
      <FilterSelect
        label="Status"
        value={filters.status}
        allLabel="Alle statuser"
        options={statusOptions}
        onChange={set('status')}
      />
      <FilterSelect
        label="Kanal"
        value={filters.kanal}
        allLabel="Alle kanaler"
        options={channelOptions}
        onChange={set('kanal')}
      />
      {narrowed ? (
        <Button variant="tertiary" onClick={() => onChange({ ...filters, tema: '', status: '', kanal: '' })}>
          Fjern filtrene
        </Button>
      ) : null}
    </search>
  );
}
