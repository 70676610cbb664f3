import { Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { MONTH_NAMES } from './monthNames';
import type { FormState, FormValues } from './useForm';

const days = Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0'));

/** A yearly date (a deadline): day and month, no year. The contract refuses days a month does not have. */
export function DayMonthField<V extends FormValues>({
  form,
  dayName,
  monthName,
  errorName,
  legend,
  description,
}: {
  form: FormState<V>;
  dayName: keyof V & string;
  monthName: keyof V & string;
  /** The contract's field, which the two selects make up together. */
  errorName: string;
  legend: string;
  description?: string;
}) {
  const error = form.errors[errorName];
  // The day carries the contract field's id, so the error summary can move focus to it.
  const dayId = form.fieldId(errorName);
  const monthId = form.fieldId(monthName);
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="form-row day-month">
        <div>
          <Label htmlFor={dayId}>Dag</Label>
          <Select
            id={dayId}
            value={form.values[dayName]}
            aria-invalid={error ? true : undefined}
            onChange={(e) => form.set(dayName, e.target.value)}
          >
            {days.map((d) => (
              <Select.Option key={d} value={d}>
                {Number(d)}.
              </Select.Option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor={monthId}>Måned</Label>
          <Select
            id={monthId}
            value={form.values[monthName]}
            aria-invalid={error ? true : undefined}
            onChange={(e) => form.set(monthName, e.target.value)}
          >
            {MONTH_NAMES.map((name, i) => (
              <Select.Option key={name} value={String(i + 1).padStart(2, '0')}>
                {name}
              </Select.Option>
            ))}
          </Select>
        </div>
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
