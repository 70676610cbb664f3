import type { Method, MethodInput, MethodOutput } from '../../../core/contract';
import type { FormState, FormValues } from './useForm';
import { useCall } from './useCall';

/**
 * The one way a form saves: calls the contract, refreshes what the method touches, and on refusal keeps every
 * value, shows all the errors and moves focus to the summary. Resolves with the saved value, or `undefined`.
 */
export function useSave<V extends FormValues>(form: FormState<V>) {
  const run = useCall();
  return <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | undefined> =>
    form.submit(() => run(method, input));
}
