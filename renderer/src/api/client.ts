import type { ErrorBody, Method, MethodInput, MethodOutput } from '../../../core/contract';
import { send } from './transport';

export class ContractError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ContractError';
  }
}

/** Calls one contract method; resolves with its value or rejects with a `ContractError`. */
export async function call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await send(method, input);
  if (!result.ok) throw new ContractError(result.error);
  return result.value as MethodOutput<M>;
}
