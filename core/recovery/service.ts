import { AppError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import type { recoveryContract } from './contract';

function notNeeded(): never {
  throw new AppError(
    'refused',
    'Datafilen er i orden, så det er ingenting å gjenopprette her. Sikkerhetskopiene finner du under Innstillinger.',
  );
}

/** When the data file opened normally: nothing to recover (the recovery handle in `index.ts` serves the real thing). */
const NOT_NEEDED = {
  needed: false,
  kind: null,
  message: null,
  dataFile: null,
  canRestore: false,
  organisationName: null,
} as const;

export const recoveryHandlers: AreaHandlers<typeof recoveryContract> = {
  'recovery.status': () => NOT_NEEDED,
  'recovery.retry': () => NOT_NEEDED,
  'recovery.listBackups': notNeeded,
  'recovery.restore': notNeeded,
};
