import { z } from 'zod';
import { type BackupEntry, type RestoreResult, confirmOtherDataFile } from '../backups/contract';
import { read, task } from '../define';
import type { OpenFailureKind } from '../openFailure';
import { emptyInput } from '../validation/fields';
import { absolutePath } from '../validation/paths';

export interface RecoveryStatus {
  /** True when the data file could not be opened and the recovery screen should show. */
  needed: boolean;
  kind: OpenFailureKind | null;
  /** Why, in Norwegian. */
  message: string | null;
  dataFile: string | null;
  /** Restoring a backup helps only a damaged or lost file; for the others the message says what to do. */
  canRestore: boolean;
  /** The organisation the data file belongs to, as far as it can still be told (see `identityOfDataFile`). */
  organisationName: string | null;
}

export const recoveryContract = {
  'recovery.status': read(emptyInput).returns<RecoveryStatus>(),
  'recovery.listBackups': read(emptyInput).returns<BackupEntry[]>(),
  'recovery.retry': task(emptyInput).returns<RecoveryStatus>(),
  'recovery.restore': task(
    z.strictObject({ file: absolutePath('Oppgi hele stien til sikkerhetskopien.'), confirmOtherDataFile }),
    'Sikkerhetskopi gjenopprettet etter at datafilen var skadet',
  ).returns<RestoreResult>(),
};
