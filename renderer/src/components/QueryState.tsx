import { Alert, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ContractError } from '../api/client';

interface QueryLike<T> {
  data: T | undefined;
  error: ContractError | null;
  isPending: boolean;
}

/** Shows loading and errors of a read; renders `children` with the data once it is there. */
export function QueryState<T>({
  query,
  children,
  label,
}: {
  query: QueryLike<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <Alert data-color="danger">{query.error.message}</Alert>;
  if (query.isPending || query.data === undefined) return <Spinner aria-label={`Henter ${label}`} />;
  return <>{children(query.data)}</>;
}
