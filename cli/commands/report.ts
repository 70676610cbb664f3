import path from 'node:path';
import type { Command } from 'commander';
import { MAX_YEAR, MIN_YEAR } from '../../core/validation/year';
import { fail, openExisting, parseDateOption, parseIntegerOption, refused } from '../shared';

interface Options {
  db: string;
  year: string;
  out: string;
  today?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Lag årsrapporten til AMU som Excel-arbeidsbok (.xlsx)')
    .requiredOption('--db <fil>', 'datafilen')
    .requiredOption('--year <år>', 'året rapporten gjelder, for eksempel 2026')
    .requiredOption('--out <fil>', 'arbeidsboken som skal lages, for eksempel arsrapport-2026.xlsx')
    .option('--today <dato>', 'regn som om dagen er denne datoen (ÅÅÅÅ-MM-DD)')
    .action(async (options: Options) => {
      const year = parseIntegerOption(options.year, 'year', MIN_YEAR, MAX_YEAR)!;
      const today = parseDateOption(options.today, 'today');
      if (path.extname(options.out).toLowerCase() !== '.xlsx') fail(`--out må være en fil som slutter på .xlsx, fikk «${options.out}».`);
      const app = await openExisting(options.db, { today });
      const result = await app.invoke('reports.exportAnnual', { year, path: path.resolve(options.out) });
      app.close();
      if (!result.ok) refused(result.error);
      process.stdout.write(`Årsrapporten for ${year} er lagret i ${result.value.path}\n`);
    });
}
