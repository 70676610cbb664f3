import path from 'node:path';
import { Command } from 'commander';
import { registerBackups } from '../cli/commands/backups';
import { registerCheck } from '../cli/commands/check';
import { ROLES } from '../core/access';
import { ConfigError, loadConfig } from './config';
import { startServer } from './start';
import { addUser, listUsers, removeUser } from './users';

export const EXIT_USAGE = 2;
/** The built renderer beside this file in production (out/server → out/renderer), or the source checkout's build. */
const STATIC_DIR = path.resolve(
  __dirname,
  path.basename(__dirname) === 'server' && path.basename(path.dirname(__dirname)) === 'out'
    ? '../renderer'
    : '../out/renderer',
);

function fail(message: string): never {
  process.stderr.write(`Feil: ${message}\n`);
  process.exit(EXIT_USAGE);
}

function config(file: string) {
  try {
    return loadConfig(file);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/** The data-file commands are the CLI's own (one implementation), pointed at the file the config names. */
async function dataCommand(args: string[]): Promise<void> {
  const cli = new Command('akan-server').exitOverride();
  registerBackups(cli);
  registerCheck(cli);
  await cli.parseAsync(args, { from: 'user' });
}

async function serve(configFile: string): Promise<void> {
  const settings = config(configFile);
  const logger = { level: process.env.AKAN_LOG_LEVEL ?? 'info' };
  const starting = startServer(settings, {
    configFile: path.resolve(configFile),
    staticDir: settings.staticDir ?? STATIC_DIR,
    logger,
  }).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  // Registered before the port opens, so a stop signal can never find the server without its shutdown.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const running = await starting;
    running.server.log.info({ signal }, 'stopping: finishing running requests');
    await running.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  const running = await starting;
  running.server.log.info({ url: running.url }, 'AKAN Utvalg server started');
}

function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** The server's command line: `start` (the default), the data-file commands and `users`. */
export function serverProgram(): Command {
  const program = new Command('akan-server')
    .description('AKAN Utvalg som felles server')
    .exitOverride()
    .showHelpAfterError('(bruk --help for å se valgene)');

  program
    .command('start', { isDefault: true })
    .description('Start serveren')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen (se docs/SERVER.md)')
    .action((o: { config: string }) => serve(o.config));

  program
    .command('check')
    .description('Kontroller datafilen uten å endre den (0 i orden, 1 skadet)')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .action((o: { config: string }) => dataCommand(['check', '--db', config(o.config).dataFile]));

  program
    .command('backup')
    .description('Ta en kontrollert sikkerhetskopi (til backupFolder i konfigurasjonen, eller --to)')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .option('--to <mappe>', 'mappen kopien skal til')
    .action((o: { config: string; to?: string }) => {
      const settings = config(o.config);
      const to = o.to ?? settings.backupFolder;
      return dataCommand(['backup', '--db', settings.dataFile, ...(to ? ['--to', to] : [])]);
    });

  program
    .command('restore')
    .description('Gjenopprett datafilen fra en sikkerhetskopi (stopp tjenesten først)')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .requiredOption('--from <fil>', 'sikkerhetskopien')
    .action((o: { config: string; from: string }) =>
      dataCommand(['restore', '--db', config(o.config).dataFile, '--from', o.from]),
    );

  program
    .command('import')
    .description('Hent inn et utvalgs eksportfil (.akan) på serveren, kontrollert (stopp tjenesten først)')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .requiredOption('--from <fil>', 'eksportfilen (.akan)')
    .action((o: { config: string; from: string }) =>
      dataCommand(['import', '--db', config(o.config).dataFile, '--from', o.from]),
    );

  const users = program.command('users').description('Listen over hvem som har tilgang');
  users
    .command('list')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .option('--json', 'som JSON')
    .action((o: { config: string; json?: boolean }) => {
      const list = guarded(() => listUsers(o.config));
      if (o.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0)
        return void process.stdout.write('Ingen har tilgang ennå. Legg til med: users add --id E-POST --role admin\n');
      for (const user of list)
        process.stdout.write(`${user.role.padEnd(7)} ${user.id}${user.name ? ` (${user.name})` : ''}\n`);
    });
  users
    .command('add')
    .description('Gi en person tilgang, eller endre rollen')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .requiredOption('--id <id>', 'e-post/UPN, eller brukerens id hos innloggingstjenesten')
    .requiredOption('--role <rolle>', `rollen: ${ROLES.join(' eller ')}`)
    .option('--name <navn>', 'navnet, hvis innloggingstjenesten ikke sender det')
    .action((o: { config: string; id: string; role: string; name?: string }) => {
      const user = guarded(() => addUser(o.config, { id: o.id, role: o.role, name: o.name }));
      process.stdout.write(`${user.id} har nå tilgang som ${user.role}.\n`);
    });
  users
    .command('remove')
    .description('Ta bort en persons tilgang (gjelder straks, også for den som er logget inn)')
    .requiredOption('--config <fil>', 'konfigurasjonsfilen')
    .requiredOption('--id <id>', 'personen')
    .action((o: { config: string; id: string }) => {
      guarded(() => removeUser(o.config, o.id));
      process.stdout.write(`${o.id} har ikke lenger tilgang.\n`);
    });

  return program;
}
