import type { FormEvent, ReactNode } from 'react';
import { FormErrors } from './FormErrors';
import type { FormState, FormValues } from './useForm';

/**
 * The one frame of a form: labelled, validated by the contract rather than the browser, and with the refusal
 * (every field message, or a conflict beside what was typed) at its top.
 */
export function FormFrame<V extends FormValues>({
  form,
  label,
  onSubmit,
  valuesOf,
  nameOf,
  className = 'form-stack',
  children,
}: {
  form: FormState<V>;
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** How a stored record reads as this form's values, to show a conflict beside what was typed. */
  valuesOf?: (stored: never) => V;
  nameOf?: (path: string) => string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form className={className} onSubmit={onSubmit} noValidate aria-label={label}>
      <FormErrors form={form} valuesOf={valuesOf} nameOf={nameOf} />
      {children}
    </form>
  );
}
