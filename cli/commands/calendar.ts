import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../core/files/atomicWrite';
import { formatNorwegianDate } from '../../core/validation/dates';
import { fail, failed, openExisting, parseDateOption, refused } from '../shared';

interface Options {
  db: string;
  from: string;
  to: string;
  out: string;
}

export function registerCalendar(program: Command): void {
  program
    .command('calendar')
    .description('Lagre planlagte (og avlyste) opplæringer i en periode som kalenderfil (.ics)')
    .requiredOption('--db <fil>', 'datafilen')
    .requiredOption('--from <dato>', 'første dag i perioden (ÅÅÅÅ-MM-DD)')
    .requiredOption('--to <dato>', 'siste dag i perioden (ÅÅÅÅ-MM-DD)')
    .requiredOption('--out <fil>', 'kalenderfilen som skal lages, for eksempel opplaering.ics')
    .action(async (options: Options) => {
      const from = parseDateOption(options.from, 'from')!;
      const to = parseDateOption(options.to, 'to')!;
      if (to < from) fail(`--to (${to}) må være samme dag som --from (${from}) eller senere.`);
      if (path.extname(options.out).toLowerCase() !== '.ics')
        fail(`--out må være en fil som slutter på .ics, fikk «${options.out}».`);
      const folder = path.dirname(path.resolve(options.out));
      if (!fs.existsSync(folder)) fail(`Mappen ${folder} finnes ikke. Opprett den eller velg en annen mappe.`);
      const app = await openExisting(options.db);
      const result = await app.invoke('trainings.exportCalendar', { from, to });
      app.close();
      if (!result.ok) refused(result.error);
      try {
        writeFileAtomic(options.out, result.value.content);
      } catch (error) {
        failed(error instanceof Error ? error.message : String(error));
      }
      const { count } = result.value;
      const sessions = count === 1 ? 'én opplæring' : `${count} opplæringer`;
      process.stdout.write(
        `Lagret ${sessions} (${formatNorwegianDate(from)}–${formatNorwegianDate(to)}) i ${options.out}\n`,
      );
    });
}
