import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { checkDataFile } from '../../core/backups/check';
import { isEmptyDataFile } from '../../core/files/emptyFile';
import { OpenAppError } from '../../core/openFailure';
import { cannotOpen, EXIT_FAILED, fail } from '../shared';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Kontroller datafilen uten å endre den (avslutter med 0 når den er i orden, 1 når den er skadet)')
    .requiredOption('--db <fil>', 'datafilen')
    .action((options: { db: string }) => {
      const file = path.resolve(options.db);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`${file}: Datafilen finnes ikke. Sjekk filnavnet.`);
      if (isEmptyDataFile(file)) cannotOpen(file, new OpenAppError('empty', 'the data file is 0 bytes'));
      const result = checkDataFile(file);
      if (!result.healthy) {
        process.stderr.write(`${file}: ${result.message}\n`);
        process.exit(EXIT_FAILED);
      }
      process.stdout.write(`${file}: ${result.message}\n`);
      for (const count of result.contents?.counts ?? []) process.stdout.write(`  ${count.label}: ${count.rows}\n`);
    });
}
