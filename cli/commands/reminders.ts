import type { Command } from 'commander';
import { formatNorwegianDate } from '../../core/validation/dates';
import { openExisting, parseDateOption, printJson, refused } from '../shared';

export function registerReminders(program: Command): void {
  program
    .command('reminders')
    .description('Vis påminnelsene som gjelder nå')
    .requiredOption('--db <fil>', 'datafilen')
    .option('--today <dato>', 'regn fra denne datoen (ÅÅÅÅ-MM-DD)')
    .option('--json', 'skriv JSON')
    .action(async (options: { db: string; today?: string; json?: boolean }) => {
      const today = parseDateOption(options.today, 'today');
      const app = await openExisting(options.db, { today });
      const result = await app.invoke('reminders.list', {});
      app.close();
      if (!result.ok) refused(result.error);
      if (options.json) {
        printJson(result.value.map(({ kind, dueDate, daysLeft, message }) => ({ kind, dueDate, daysLeft, message })));
        return;
      }
      if (result.value.length === 0) process.stdout.write('Ingen påminnelser.\n');
      for (const r of result.value)
        process.stdout.write(`${formatNorwegianDate(r.dueDate)}  ${r.title}\n  ${r.message}\n`);
    });
}
