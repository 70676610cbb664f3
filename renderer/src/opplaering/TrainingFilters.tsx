import type { TrainingList, TrainingTopic } from '../../../core/trainings/contract';
import type { Unit } from '../../../core/units/contract';
import { FilterBar, catalogueOptions } from '../components/FilterBar';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { unitOptions } from '../components/unitOptions';
import { audienceOptions, statusOptions } from './labels';

export interface Filters extends Record<string, string> {
  aar: string;
  status: string;
  emne: string;
  malgruppe: string;
  enhet: string;
}

export const NO_FILTERS: Filters = { aar: '', status: '', emne: '', malgruppe: '', enhet: '' };

/** `aar` when every year is shown; no `aar` is the current year and the sessions after it. */
export const ALL_YEARS = 'alle';

/** The list's filters; they live in the address, so a filtered list can be returned to. */
export function TrainingFilters({
  filters,
  list,
  topics,
  units,
  onChange,
}: {
  filters: Filters;
  list: TrainingList;
  topics: TrainingTopic[];
  units: Unit[];
  onChange: (next: Filters) => void;
}) {
  return (
    <FilterBar
      label="Filtrer opplæringene"
      filters={filters}
      onChange={onChange}
      specs={[
        { key: 'status', label: 'Status', allLabel: 'Alle statuser', options: statusOptions },
        { key: 'emne', label: 'Emne', allLabel: 'Alle emner', options: catalogueOptions(topics) },
        { key: 'malgruppe', label: 'Målgruppe', allLabel: 'Alle målgrupper', options: audienceOptions },
        { key: 'enhet', label: 'Enhet', allLabel: 'Alle enheter', options: unitOptions(units) },
      ]}
    >
      <FilterSelect
        label="År"
        value={filters.aar}
        allLabel="I år og framover"
        options={[{ value: ALL_YEARS, label: 'Alle år' }, ...yearOptions(list.years)]}
        onChange={(aar) => onChange({ ...filters, aar })}
      />
    </FilterBar>
  );
}
