import path from 'node:path';
import type { Command } from 'commander';
import type { AppHandle } from '../../core/app';
import type { ErrorBody } from '../../core/errors';
import { MAX_YEAR, MIN_YEAR } from '../../core/validation/year';
import { fail, openExisting, parseDateOption, parseIntegerOption, refused } from '../shared';

interface Options {
  db: string;
  year: string;
  out?: string;
  docx?: string;
  proposal?: string;
  today?: string;
}

function exit(app: AppHandle, error: Pick<ErrorBody, 'code' | 'message'>): never {
  app.close();
  refused(error);
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Lag årsrapporten til AMU som Excel-arbeidsbok (.xlsx), og saksframlegget til AMU (.docx) med --docx')
    .requiredOption('--db <fil>', 'datafilen')
    .requiredOption('--year <år>', 'året rapporten gjelder, for eksempel 2026')
    .option('--out <fil>', 'arbeidsboken som skal lages, for eksempel arsrapport-2026.xlsx')
    .option('--docx <fil>', 'saksframlegget til AMU som skal lages, for eksempel saksframlegg-2026.docx')
    .option('--proposal <tekst>', 'forslag til vedtak i saksframlegget (ellers «AMU tar … til orientering.»)')
    .option('--today <dato>', 'regn som om dagen er denne datoen (ÅÅÅÅ-MM-DD)')
    .action(async (options: Options) => {
      const year = parseIntegerOption(options.year, 'year', MIN_YEAR, MAX_YEAR)!;
      const today = parseDateOption(options.today, 'today');
      if (!options.out && !options.docx)
        fail('Oppgi --out (arbeidsboken, .xlsx), --docx (saksframlegget, .docx) eller begge.');
      if (options.out && path.extname(options.out).toLowerCase() !== '.xlsx')
        fail(`--out må være en fil som slutter på .xlsx, fikk «${options.out}».`);
      if (options.docx && path.extname(options.docx).toLowerCase() !== '.docx')
        fail(`--docx må være en fil som slutter på .docx, fikk «${options.docx}».`);
      const app = await openExisting(options.db, { today });
      if (options.out) {
        const result = await app.invoke('reports.exportAnnual', { year, path: path.resolve(options.out) });
        if (!result.ok) exit(app, result.error);
        process.stdout.write(`Årsrapporten for ${year} er lagret i ${result.value.path}\n`);
      }
      if (options.docx) {
        const result = await app.invoke('reports.exportCaseDocument', {
          year,
          path: path.resolve(options.docx),
          proposal: options.proposal,
        });
        if (!result.ok) exit(app, result.error);
        process.stdout.write(`Saksframlegget for ${year} er lagret i ${result.value.path}\n`);
      }
      app.close();
    });
}
