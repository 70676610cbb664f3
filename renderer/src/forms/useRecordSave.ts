import type { Method, MethodInput, MethodOutput } from '../../../core/contract';
import type { Versioned } from '../../../core/concurrency/guard';
import type { FormState, FormValues } from './useForm';
import { useRecordVersion } from './recordVersion';
import { useSave } from './useSave';

/**
 * A form on one record: it creates a new one, or changes `existing` at the version the form was opened at (and,
 * untouched, follows the record when others change it). `saveTo` is there for the form's other calls.
 */
export function useRecordSave<V extends FormValues>(
  form: FormState<V>,
  existing: (Versioned & { id: number }) | undefined,
  values: () => V,
) {
  const version = useRecordVersion(existing, { form, values });
  const saveTo = useSave(form, version);
  const save = <C extends Method, U extends Method>(
    create: C,
    update: U,
    input: MethodInput<C>,
  ): Promise<MethodOutput<C> | MethodOutput<U> | undefined> =>
    existing
      ? saveTo(update, { id: existing.id, version: version.current(), ...input } as MethodInput<U>)
      : saveTo(create, input);
  return { save, saveTo };
}
