import { Alert, ErrorSummary } from '@digdir/designsystemet-react';
import { ConflictNotice } from './ConflictNotice';
import type { FormState, FormValues } from './useForm';

/** The field that a contract error path (`participants.0.count`) belongs to: a form value, or a field with its id. */
function targetFor(form: FormState<FormValues>, path: string): string | null {
  const name = Object.keys(form.values).find((field) => path === field || path.startsWith(`${field}.`));
  if (name) return form.fieldId(name);
  const root = path.split('.')[0] ?? path;
  return root === '_' ? null : form.fieldId(root);
}

/** «Hjemmetjenesten, ledere: Skriv et helt tall.» */
export function withName(name: string | null, message: string): string {
  return name ? `${name}: ${message}` : message;
}

function focusField(id: string): void {
  const element = document.getElementById(id);
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}

/**
 * On a refused save: every field message, each moving focus to its field; or the one general message. A `conflict`
 * (someone else saved first) shows what is stored now beside what was typed, when the form says how a stored
 * record reads as its values (`valuesOf`).
 */
export function FormErrors<V extends FormValues>({
  form,
  valuesOf,
  nameOf,
}: {
  form: FormState<V>;
  valuesOf?: (stored: never) => V;
  /** Names the row or cell an error belongs to (a unit, an audience), for grids whose labels do not say it. */
  nameOf?: (path: string) => string | null;
}) {
  const generic = form as unknown as FormState<FormValues>;
  const entries = Object.entries(form.errors);
  if (form.error?.code === 'conflict' && entries.length === 0) {
    const stored = form.error.conflict?.current;
    return (
      <div ref={form.summaryRef} tabIndex={-1} className="error-summary-focus">
        <ConflictNotice
          form={form}
          message={form.error.message}
          theirs={valuesOf && stored ? valuesOf(stored as never) : null}
        />
      </div>
    );
  }
  if (entries.length === 0) {
    if (!form.message) return null;
    return (
      <Alert
        data-color={form.error?.code === 'conflict' || form.error?.code === 'unreachable' ? 'warning' : 'danger'}
        ref={form.summaryRef}
        tabIndex={-1}
      >
        {form.message}
      </Alert>
    );
  }
  return (
    <div ref={form.summaryRef} tabIndex={-1} className="error-summary-focus">
      <ErrorSummary>
        <ErrorSummary.Heading>
          {form.error?.code === 'conflict'
            ? 'Noen andre lagret først. Se tallene deres, og lagre på nytt for å beholde dine:'
            : 'Rett opp dette før du lagrer:'}
        </ErrorSummary.Heading>
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
                    {withName(nameOf?.(path) ?? null, message)}
                  </ErrorSummary.Link>
                ) : (
                  withName(nameOf?.(path) ?? null, message)
                )}
              </ErrorSummary.Item>
            );
          })}
        </ErrorSummary.List>
      </ErrorSummary>
    </div>
  );
}
