import { useRef, useState } from 'react';
import { ContractError } from '../api/client';

export type FormValues = Record<string, string>;

export interface FormState<V extends FormValues> {
  id: string;
  values: V;
  errors: Record<string, string>;
  message: string | null;
  pending: boolean;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  set(name: keyof V & string, value: string): void;
  reset(values: V): void;
  fieldId(name: string): string;
  /** Runs a contract call; on refusal keeps the values, shows the field errors and moves focus to the summary. */
  submit<T>(action: () => Promise<T>): Promise<T | undefined>;
}

/** Form values are kept as typed (strings) until the user saves; errors come from the contract. */
export function useForm<V extends FormValues>(id: string, initial: V): FormState<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);

  return {
    id,
    values,
    errors,
    message,
    pending,
    summaryRef,
    set: (name, value) => setValues((current) => ({ ...current, [name]: value })),
    reset: (next) => {
      setValues(next);
      setErrors({});
      setMessage(null);
    },
    fieldId: (name) => `${id}-${name}`,
    async submit(action) {
      setPending(true);
      try {
        const value = await action();
        setErrors({});
        setMessage(null);
        return value;
      } catch (error) {
        const body =
          error instanceof ContractError
            ? error.body
            : { message: 'Noe gikk galt, og ingenting ble lagret. Prøv igjen.', fields: {} as Record<string, string> };
        setErrors(body.fields);
        setMessage(body.message);
        requestAnimationFrame(() => summaryRef.current?.focus());
        return undefined;
      } finally {
        setPending(false);
      }
    },
  };
}
