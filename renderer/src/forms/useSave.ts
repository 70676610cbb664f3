import type { Method, MethodInput, MethodOutput } from '../../../core/contract';
import { ContractError } from '../api/client';
import type { FormState, FormValues } from './useForm';
import { useCall } from './useCall';
import { type RecordVersion, versionAfter } from './recordVersion';

/**
 * The one way a form saves: calls the contract, refreshes what the method touches, and on refusal keeps every
 * value, shows all the errors and moves focus to the summary. With `version`, the form's record version follows
 * the save (or the conflict that refused it). Resolves with the saved value, or `undefined`.
 */
export function useSave<V extends FormValues>(form: FormState<V>, version?: RecordVersion) {
  const run = useCall();
  const follow = (outcome: Parameters<typeof versionAfter>[0]) => {
    const next = versionAfter(outcome);
    if (version && next !== undefined) version.adopt(next);
  };
  return <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | undefined> =>
    form.submit(async () => {
      try {
        const value = await run(method, input);
        follow({ value });
        return value;
      } catch (error) {
        if (error instanceof ContractError) follow({ error: error.body });
        throw error;
      }
    });
}
