import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { errorFor } from './fields';
import type { FormState, FormValues } from './useForm';
import './choices.css';

/** Several choices kept in one form value, comma-separated (codes and ids hold no commas). */
export function choicesOf(value: string): string[] {
  return value.split(',').filter((part) => part !== '');
}

/**
 * A group of checkboxes. The first box carries the field's id, so the error summary can move focus to it.
 */
export function ChoicesField<V extends FormValues>({
  form,
  name,
  legend,
  description,
  required,
  options,
}: {
  form: FormState<V>;
  name: keyof V & string;
  legend: string;
  description?: ReactNode;
  required?: boolean;
  options: { value: string; label: string }[];
}) {
  form.describe(name, { label: legend, options });
  const chosen = choicesOf(form.values[name] ?? '');
  const error = errorFor(form, name);
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    form.set(
      name,
      options
        .map((o) => o.value)
        .filter((v) => next.includes(v))
        .join(','),
    );
  };
  return (
    <Fieldset>
      <Fieldset.Legend>
        {legend}
        {required ? <span className="required-mark"> (velg minst én)</span> : null}
      </Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="choice-grid">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            id={index === 0 ? form.fieldId(name) : `${form.fieldId(name)}-${option.value}`}
            label={option.label}
            value={option.value}
            checked={chosen.includes(option.value)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
