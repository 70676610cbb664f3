import type { AppContext } from '../../context';
import type { Method, MethodInput, MethodOutput } from '../../contract';
import { dispatch } from '../../dispatch';
import { AppError } from '../../errors';

/** Reads an area through its contract method, so the report shows exactly the numbers its screen shows. */
export async function callArea<M extends Method>(ctx: AppContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
  return result.value as MethodOutput<M>;
}
