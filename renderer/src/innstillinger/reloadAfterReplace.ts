import type { RestoreResult } from '../../../core/backups/contract';

function fileName(file: string | null): string {
  return file?.split(/[\\/]/).pop() ?? '';
}

/** After a restore or import the data behind every screen have changed: reload, and say what happened. */
export function reloadAfterReplace(result: RestoreResult, done: 'gjenopprettet' | 'importert'): void {
  const params = new URLSearchParams({ [done]: fileName(result.restoredFrom), kopi: fileName(result.safetyBackup) });
  window.location.hash = `#/innstillinger/sikkerhetskopier?${params.toString()}`;
  window.location.reload();
}
