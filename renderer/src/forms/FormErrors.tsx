import { Alert, ErrorSummary } from '@digdir/designsystemet-react';
import type { FormState, FormValues } from './useForm';

/** The field that a contract error path (`participants.0.count`) belongs to, if the form shows it. */
function targetFor(form: FormState<FormValues>, path: string): string | null {
  const name = Object.keys(form.values).find((field) => path === field || path.startsWith(`${field}.`));
  return name ? form.fieldId(name) : null;
}

function focusField(id: string): void {
  const element = document.getElementById(id);
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}

/** On a refused save: every field message, each moving focus to its field; or the one general message. */
export function FormErrors<V extends FormValues>({ form }: { form: FormState<V> }) {
  const generic = form as unknown as FormState<FormValues>;
  const entries = Object.entries(form.errors);
  if (entries.length === 0) {
    if (!form.message) return null;
    return (
      <Alert data-color="danger" ref={form.summaryRef} tabIndex={-1}>
        {form.message}
      </Alert>
    );
  }
  return (
    <div ref={form.summaryRef} tabIndex={-1} className="error-summary-focus">
    <ErrorSummary>
      <ErrorSummary.Heading>Rett opp dette før du lagrer:</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([path, message]) => {
          const target = targetFor(generic, path);
          return (
            <ErrorSummary.Item key={path}>
              {target ? (
                <ErrorSummary.Link
                  href={`#${target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(target);
                  }}
                >
                  {message}
                </ErrorSummary.Link>
              ) : (
                message
              )}
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
    </div>
  );
}
