import { useRef, useState } from 'react';
import type { ErrorBody } from '../../../core/contract';
import { ContractError } from '../api/client';
import { focusSoon } from './focus';
import { useUnsavedChanges } from './unsavedChanges';

export type FormValues = Record<string, string>;

/** What a field shows for its value: its label, and the labels of its options (for the other person's values). */
export interface FieldDescription {
  label: string;
  options?: readonly { value: string; label: string }[];
}

export interface FormState<V extends FormValues> {
  id: string;
  values: V;
  errors: Record<string, string>;
  message: string | null;
  /** The whole refusal, e.g. a `conflict` with the other person's values. */
  error: ErrorBody | null;
  pending: boolean;
  /** The values differ from what was loaded or last saved. */
  dirty: boolean;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  set(name: keyof V & string, value: string): void;
  reset(values: V): void;
  fieldId(name: string): string;
  /** The fields on screen, as they describe themselves when drawn. */
  fields: Record<string, FieldDescription>;
  describe(name: string, field: FieldDescription): void;
  /** Runs a contract call; on refusal keeps the values, shows the field errors and moves focus to the summary. */
  submit<T>(action: () => Promise<T>): Promise<T | undefined>;
}

const UNKNOWN: ErrorBody = {
  code: 'internal',
  message: 'Noe gikk galt, og ingenting ble lagret. Prøv igjen.',
  fields: {},
};

function differs(a: FormValues, b: FormValues): boolean {
  return Object.keys({ ...a, ...b }).some((key) => (a[key] ?? '') !== (b[key] ?? ''));
}

/** Form values are kept as typed (strings) until the user saves; errors come from the contract. */
export function useForm<V extends FormValues>(id: string, initial: V): FormState<V> {
  const [values, setValues] = useState<V>(initial);
  const [baseline, setBaseline] = useState<V>(initial);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const fields = useRef<Record<string, FieldDescription>>({});
  const dirty = differs(values, baseline);
  const markSaved = useUnsavedChanges(dirty);

  return {
    id,
    values,
    errors: error?.fields ?? {},
    message: error?.message ?? null,
    error,
    pending,
    dirty,
    summaryRef,
    set: (name, value) => setValues((current) => ({ ...current, [name]: value })),
    reset: (next) => {
      setValues(next);
      setBaseline(next);
      setError(null);
    },
    fieldId: (name) => `${id}-${name}`,
    fields: fields.current,
    describe: (name, field) => {
      fields.current[name] = field;
    },
    async submit(action) {
      setPending(true);
      const submitted = values;
      try {
        const value = await action();
        setError(null);
        setBaseline(submitted);
        markSaved();
        return value;
      } catch (caught) {
        setError(caught instanceof ContractError ? caught.body : UNKNOWN);
        focusSoon(() => summaryRef.current);
        return undefined;
      } finally {
        setPending(false);
      }
    },
  };
}
