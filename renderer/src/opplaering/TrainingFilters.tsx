import { Button } from '@digdir/designsystemet-react';
import type { TrainingList, TrainingTopic } from '../../../core/trainings/contract';
import type { Unit } from '../../../core/units/contract';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { unitOptions } from '../components/unitOptions';
import { audienceOptions, statusOptions } from './labels';

export interface Filters {
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
  const set = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value });
  const narrowed = Object.values(filters).some((value) => value !== '');
  return (
    <search className="filters" aria-label="Filtrer opplæringene">
      <FilterSelect
        label="År"
        value={list.andLater ? '' : list.year === null ? ALL_YEARS : String(list.year)}
        allLabel="I år og framover"
        options={[{ value: ALL_YEARS, label: 'Alle år' }, ...yearOptions(list.years)]}
        onChange={set('aar')}
      />
      <FilterSelect
        label="Status"
        value={filters.status}
        allLabel="Alle statuser"
        options={statusOptions}
        onChange={set('status')}
      />
      <FilterSelect
        label="Emne"
        value={filters.emne}
        allLabel="Alle emner"
        options={topics.map((t) => ({ value: String(t.id), label: t.archived ? `${t.name} (arkivert)` : t.name }))}
        onChange={set('emne')}
      />
      <FilterSelect
        label="Målgruppe"
        value={filters.malgruppe}
        allLabel="Alle målgrupper"
        options={audienceOptions}
        onChange={set('malgruppe')}
      />
      <FilterSelect
        label="Enhet"
        value={filters.enhet}
        allLabel="Alle enheter"
        options={unitOptions(units)}
        onChange={set('enhet')}
      />
      {narrowed ? (
        <Button variant="tertiary" onClick={() => onChange(NO_FILTERS)}>
          Fjern filtrene
        </Button>
      ) : null}
    </search>
  );
}
