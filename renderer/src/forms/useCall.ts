import { useQueryClient } from '@tanstack/react-query';
import type { Method, MethodInput, MethodOutput } from '../../../core/contract';
import { call } from '../api/client';
import { touches } from './touches';

/** Calls a contract method and, once it succeeds, refreshes every read on screen that the method touches. */
export function useCall() {
  const client = useQueryClient();
  return async <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const value = await call(method, input);
    await client.invalidateQueries({ predicate: (query) => touches(method, query.queryKey[0]) });
    return value;
  };
}
