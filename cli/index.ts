import { Command, CommanderError } from 'commander';
import { registerBackups } from './commands/backups';
import { registerCalendar } from './commands/calendar';
import { registerCheck } from './commands/check';
import { registerDemo } from './commands/demo';
import { registerReminders } from './commands/reminders';
import { registerReport } from './commands/report';
import { registerStatistics } from './commands/statistics';
import { EXIT_USAGE } from './shared';

const program = new Command('akan')
  .description('AKAN Utvalg på kommandolinjen')
  .exitOverride()
  .showHelpAfterError('(bruk --help for å se valgene)');

registerDemo(program);
registerReminders(program);
registerCalendar(program);
registerReport(program);
registerBackups(program);
registerCheck(program);
registerStatistics(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  process.stderr.write(`Feil: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_USAGE);
});
