import fs from 'node:fs';
import type { Command } from 'commander';
import { openApp } from '../../core/app';
import { seedDemo } from '../../core/demo';
import { todayInOslo } from '../../core/validation/dates';
import { fail, parseDateOption } from '../shared';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Lag en datafil med realistiske eksempeldata')
    .requiredOption('--db <fil>', 'datafilen som skal lages')
    .option('--force', 'erstatt en fil som finnes fra før')
    .option('--today <dato>', 'dagens dato for eksempeldataene (ÅÅÅÅ-MM-DD)')
    .action(async (options: { db: string; force?: boolean; today?: string }) => {
      const today = parseDateOption(options.today, 'today') ?? todayInOslo();
      if (fs.existsSync(options.db)) {
        if (!options.force) fail(`${options.db} finnes fra før. Bruk --force for å erstatte den.`);
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.db + suffix, { force: true });
      }
      const app = await openApp({ dataFile: options.db, today, user: 'demo', dailyBackups: false });
      try {
        await seedDemo(app, today);
      } finally {
        app.close();
      }
      process.stdout.write(`Eksempeldata lagret i ${options.db}\n`);
    });
}
