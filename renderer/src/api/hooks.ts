import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Method, MethodInput, MethodOutput } from '../../../core/contract';
import { type ContractError, call } from './client';

/**
 * Reads through the contract, cached per method and input. With `keepPrevious` a list shows what it had until the
 * new input's answer is there, so the filter or pager that asked keeps the keyboard focus.
 */
export function useRead<M extends Method>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
) {
  return useQuery<MethodOutput<M>, ContractError>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** Writes through the contract; every successful write refreshes what is on screen. */
export function useWrite<M extends Method>(method: M) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ContractError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => client.invalidateQueries(),
  });
}
