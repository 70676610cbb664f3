import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { appChangeFeed } from '../core/changeLog/appFeed';
import { defaultDataFile } from '../core/dataLocation';
import { isRecovery, openAppOrRecovery } from '../core/recovery';
import { startBridge } from './bridge';
import { fail, parseDateOption, parseIntegerOption } from './shared';

const STATIC_DIR = path.resolve(__dirname, '..', 'out', 'renderer');

const options = new Command('preview')
  .description('Åpne AKAN Utvalg i nettleseren, mot den ekte datafilen')
  .option('--db <fil>', 'datafilen (standard: appens egen)')
  .option('--port <n>', 'port på 127.0.0.1 (standard: en ledig port)')
  .option('--today <dato>', 'lat som dagens dato er denne (ÅÅÅÅ-MM-DD)')
  .parse(process.argv)
  .opts<{ db?: string; port?: string; today?: string }>();

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html')))
    fail('Grensesnittet er ikke bygget. Kjør npm run build først.');
  const dataFile = options.db ?? defaultDataFile(process.platform, process.env, os.homedir());
  const app = await openAppOrRecovery({ dataFile, today: parseDateOption(options.today, 'today') }).catch(
    (error: unknown) => fail(`${dataFile}: ${error instanceof Error ? error.message : String(error)}`),
  );
  const feed = appChangeFeed(app);
  const bridge = await startBridge({
    app,
    staticDir: STATIC_DIR,
    feed,
    port: parseIntegerOption(options.port, 'port', 0, 65535),
  });
  process.stdout.write(`AKAN Utvalg kjører på ${bridge.url}\nDatafil: ${dataFile}\nAvslutt med Ctrl+C.\n`);
  if (isRecovery(app) && app.error) process.stdout.write(`Datafilen kunne ikke åpnes: ${app.error.message}\n`);
  const stop = async () => {
    await bridge.close();
    feed.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
