import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import './filters.css';

/** One filter of a list (or the year a screen is about); `allLabel` adds the choice that filters nothing. */
export function FilterSelect({
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  allLabel?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <Field className="filter-select">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {allLabel !== undefined ? <Select.Option value="">{allLabel}</Select.Option> : null}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** Years as options, newest first. */
export function yearOptions(years: number[]): { value: string; label: string }[] {
  return [...new Set(years)].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) }));
}
