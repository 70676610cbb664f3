import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { FilterSelect } from './FilterSelect';

export interface FilterSpec<K extends string> {
  key: K;
  label: string;
  /** The choice that filters nothing («Alle temaer»). */
  allLabel: string;
  options: readonly { value: string; label: string }[];
}

/** A catalogue (topics, themes) as choices; archived entries say so. */
export function catalogueOptions(items: readonly { id: number; name: string; archived: boolean }[]) {
  return items.map((item) => ({
    value: String(item.id),
    label: item.archived ? `${item.name} (arkivert)` : item.name,
  }));
}

/**
 * A list's filters, which live in the address so a filtered list can be returned to: `children` first (the year),
 * then one choice per spec, and «Fjern filtrene» once any of them narrows the list.
 */
export function FilterBar<F extends Record<string, string>>({
  label,
  filters,
  specs,
  onChange,
  children,
}: {
  label: string;
  filters: F;
  specs: readonly FilterSpec<keyof F & string>[];
  onChange: (next: F) => void;
  children?: ReactNode;
}) {
  const narrowed = specs.some((spec) => filters[spec.key] !== '');
  const cleared = { ...filters, ...Object.fromEntries(specs.map((spec) => [spec.key, ''])) };
  return (
    <search className="filters" aria-label={label}>
      {children}
      {specs.map((spec) => (
        <FilterSelect
          key={spec.key}
          label={spec.label}
          value={filters[spec.key] ?? ''}
          allLabel={spec.allLabel}
          options={[...spec.options]}
          onChange={(value) => onChange({ ...filters, [spec.key]: value })}
        />
      ))}
      {narrowed ? (
        <Button variant="tertiary" onClick={() => onChange(cleared)}>
          Fjern filtrene
        </Button>
      ) : null}
    </search>
  );
}
