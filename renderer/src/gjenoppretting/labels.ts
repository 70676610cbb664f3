import type { BackupKind } from '../../../core/backups/contract';

export const KIND_LABEL: Record<BackupKind, string> = {
  daily: 'Daglig',
  manual: 'Tatt manuelt',
  beforeRestore: 'Før gjenoppretting',
  beforeImport: 'Før import',
  beforeMigration: 'Før oppdatering av appen',
  export: 'Eksportfil',
};
