import { Field, Input, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { lazyComponent } from '../lazyComponent';
import type { FormState, FormValues } from './useForm';

/** The calendar button and its library (react-aria, the renderer's second largest) load with the first date field. */
const DatePickerButton = lazyComponent(() => import('./DatePickerButton').then((m) => m.DatePickerButton));

interface FieldProps<V extends FormValues> {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
  description?: ReactNode;
  required?: boolean;
}

function labelText(label: string, required?: boolean): ReactNode {
  return required ? (
    <>
      {label} <span className="required-mark">(må fylles ut)</span>
    </>
  ) : (
    label
  );
}

/** Errors are matched on the field name and on nested paths under it. */
export function errorFor<V extends FormValues>(form: FormState<V>, name: string): string | undefined {
  return form.errors[name] ?? Object.entries(form.errors).find(([path]) => path.startsWith(`${name}.`))?.[1];
}

export function TextField<V extends FormValues>({
  form,
  name,
  label,
  description,
  required,
  multiline,
  type,
  rows = 4,
  counter,
}: FieldProps<V> & {
  multiline?: boolean;
  type?: 'text' | 'email';
  rows?: number;
  /** Shows how many characters are left of this many. */ counter?: number;
}) {
  form.describe(name, { label });
  const common = {
    id: form.fieldId(name),
    label: labelText(label, required),
    description,
    error: errorFor(form, name),
    value: form.values[name],
    counter,
  };
  return multiline ? (
    <Textfield {...common} multiline rows={rows} onChange={(e) => form.set(name, e.target.value)} />
  ) : (
    <Textfield {...common} type={type ?? 'text'} onChange={(e) => form.set(name, e.target.value)} />
  );
}

/** Dates are typed as dd.mm.åååå (or d.m.åå, or pasted ISO) or picked in the calendar beside the field. */
export function DateField<V extends FormValues>({ form, name, label, description, required }: FieldProps<V>) {
  form.describe(name, { label });
  const id = form.fieldId(name);
  const error = errorFor(form, name);
  return (
    <Field className="date-field">
      <Label htmlFor={id}>{labelText(label, required)}</Label>
      <Field.Description>{description ?? 'dd.mm.åååå'}</Field.Description>
      <div className="date-input-row">
        <Input
          id={id}
          value={form.values[name]}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          onChange={(e) => form.set(name, e.target.value)}
        />
        <DatePickerButton label={label} value={form.values[name] ?? ''} onPick={(text) => form.set(name, text)} />
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

export function SelectField<V extends FormValues>({
  form,
  name,
  label,
  description,
  required,
  options,
  placeholder,
}: FieldProps<V> & { options: { value: string; label: string }[]; placeholder?: string }) {
  form.describe(name, { label, options });
  const id = form.fieldId(name);
  const error = errorFor(form, name);
  return (
    <Field>
      <Label htmlFor={id}>{labelText(label, required)}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select
        id={id}
        value={form.values[name]}
        aria-invalid={error ? true : undefined}
        onChange={(e) => form.set(name, e.target.value)}
      >
        {placeholder !== undefined ? <Select.Option value="">{placeholder}</Select.Option> : null}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
