import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { RestoreResult } from '../../core/backups/contract';
import { isRecovery, isRestorable, openAppOrRecovery } from '../../core/recovery';
import { cannotOpen, fail, openExisting, refused } from '../shared';

function existingFile(file: string, option: string): string {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) fail(`${option}: ${resolved} finnes ikke.`);
  return resolved;
}

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('nb-NO')} kB`;
}

function report(result: RestoreResult): void {
  process.stdout.write(`Gjenopprettet fra ${result.restoredFrom}\n`);
  if (result.safetyBackup) process.stdout.write(`Dataene slik de var før, er tatt vare på i ${result.safetyBackup}\n`);
  if (result.setAside) process.stdout.write(`Den skadde datafilen er lagt til side som ${result.setAside}\n`);
}

/**
 * Replaces the data file's contents with a backup or an export file. A damaged data file is handled as the app does:
 * through recovery, which keeps the damaged file aside.
 */
async function replaceData(
  db: string,
  from: string,
  method: 'backups.restore' | 'backups.import',
  create: boolean,
  confirmOtherDataFile = false,
): Promise<void> {
  const dataFile = create ? path.resolve(db) : existingFile(db, '--db');
  const source = existingFile(from, '--from');
  const handle = await openAppOrRecovery({ dataFile, mustExist: !create, dailyBackups: false });
  const recovering = isRecovery(handle) && !handle.app;
  if (recovering && handle.error && !isRestorable(handle.error.kind)) cannotOpen(dataFile, handle.error);
  const input = confirmOtherDataFile ? { file: source, confirmOtherDataFile } : { file: source };
  const result = await handle.dispatch(recovering ? 'recovery.restore' : method, input);
  handle.close();
  if (!result.ok) refused(result.error);
  report(result.value as RestoreResult);
}

export function registerBackups(program: Command): void {
  program
    .command('backup')
    .description('Ta en kontrollert sikkerhetskopi av datafilen')
    .requiredOption('--db <fil>', 'datafilen')
    .option(
      '--to <mappe>',
      'mappen kopien skal til (standard: mappen i Innstillinger, ellers backups ved siden av datafilen)',
    )
    .action(async (options: { db: string; to?: string }) => {
      const app = await openExisting(options.db, {
        backupFolder: options.to === undefined ? undefined : path.resolve(options.to),
      });
      const result = await app.invoke('backups.create', {});
      app.close();
      if (!result.ok) refused(result.error);
      process.stdout.write(`Sikkerhetskopi lagret i ${result.value.file} (${kilobytes(result.value.sizeBytes)})\n`);
    });

  program
    .command('restore')
    .description('Gjenopprett datafilen fra en sikkerhetskopi (dataene slik de er nå, sikkerhetskopieres først)')
    .requiredOption('--db <fil>', 'datafilen')
    .requiredOption('--from <fil>', 'sikkerhetskopien')
    .option('--other-data-file', 'bekreft at sikkerhetskopien er av en annen datafil (eller av ukjent opphav)')
    .action((options: { db: string; from: string; otherDataFile?: boolean }) =>
      replaceData(options.db, options.from, 'backups.restore', false, options.otherDataFile === true),
    );

  program
    .command('export')
    .description('Lagre alle data i én fil (.akan) som kan tas med til en annen PC')
    .requiredOption('--db <fil>', 'datafilen')
    .requiredOption('--out <fil>', 'eksportfilen, for eksempel akan-utvalg.akan')
    .action(async (options: { db: string; out: string }) => {
      const out = path.resolve(options.out);
      if (path.extname(out).toLowerCase() !== '.akan')
        fail(`--out må være en fil som slutter på .akan, fikk «${options.out}».`);
      const app = await openExisting(options.db);
      const result = await app.invoke('backups.export', { file: out });
      app.close();
      if (!result.ok) refused(result.error);
      process.stdout.write(`Alle data er lagret i ${result.value.file} (${kilobytes(result.value.sizeBytes)})\n`);
    });

  program
    .command('import')
    .description('Hent inn alle data fra en eksportfil (dataene som er her fra før, sikkerhetskopieres først)')
    .requiredOption('--db <fil>', 'datafilen (lages hvis den ikke finnes)')
    .requiredOption('--from <fil>', 'eksportfilen (.akan)')
    .action((options: { db: string; from: string }) => replaceData(options.db, options.from, 'backups.import', true));
}
