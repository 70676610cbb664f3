import type { CampaignList } from '../../../core/campaigns/contract';
import type { CampaignTheme } from '../../../core/campaigns/themesContract';
import { FilterBar, catalogueOptions } from '../components/FilterBar';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { channelOptions, statusOptions } from './labels';

export interface Filters extends Record<string, string> {
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
  return (
    <FilterBar
      label="Filtrer informasjonstiltakene"
      filters={filters}
      onChange={onChange}
      specs={[
        { key: 'tema', label: 'Tema', allLabel: 'Alle temaer', options: catalogueOptions(themes) },
        { key: 'status', label: 'Status', allLabel: 'Alle statuser', options: statusOptions },
        { key: 'kanal', label: 'Kanal', allLabel: 'Alle kanaler', options: channelOptions },
      ]}
    >
      <FilterSelect
        label="År"
        value={filters.aar || String(list.year)}
        options={yearOptions(list.years)}
        onChange={(aar) => onChange({ ...filters, aar })}
      />
    </FilterBar>
  );
}
