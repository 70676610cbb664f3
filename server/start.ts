import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { type AppHandle, openApp } from '../core/app';
import { appChangeFeed } from '../core/changeLog/appFeed';
import { fileAllowList, staticAllowList } from './allowList';
import { buildServer, type Tls } from './app';
import type { ServerConfig } from './config';
import { relyingParty } from './oidc';
import { SessionStore } from './sessions';

export interface StartOptions {
  /** The config file, watched for allow-list changes; without it the list in `config` is fixed. */
  configFile?: string;
  staticDir: string;
  logger?: FastifyServerOptions['logger'];
  /** Fixed "today" for tests. */
  today?: string;
}

export interface RunningServer {
  server: FastifyInstance;
  app: AppHandle;
  url: string;
  /** Stops taking requests, lets running ones finish (no write is lost), then closes the data file. */
  close(): Promise<void>;
}

function readTls(config: ServerConfig): Tls | null {
  if (!config.tls) return null;
  return { cert: fs.readFileSync(config.tls.cert), key: fs.readFileSync(config.tls.key) };
}

export async function startServer(config: ServerConfig, options: StartOptions): Promise<RunningServer> {
  if (!fs.existsSync(path.join(options.staticDir, 'index.html')))
    throw new Error(`Grensesnittet er ikke bygget (fant ikke ${options.staticDir}/index.html). Kjør npm run build.`);
  const tls = readTls(config);
  const rp = await relyingParty(config);
  const app = await openApp({
    dataFile: config.dataFile,
    backupFolder: config.backupFolder,
    today: options.today,
    user: 'server',
  });
  const feed = appChangeFeed(app);
  let server: FastifyInstance;
  try {
    const allowList = options.configFile
      ? fileAllowList(options.configFile, config.users, () =>
          server.log.error('the allow-list in the config file is no longer valid; keeping the previous one'),
        )
      : staticAllowList(config.users);
    const sessions = new SessionStore({
      idleMs: config.sessionIdleMinutes * 60_000,
      maxMs: config.sessionMaxHours * 3_600_000,
    });
    server = await buildServer(
      { config, app, relyingParty: rp, allowList, sessions, staticDir: options.staticDir, feed },
      tls,
      options.logger,
    );
    await server.listen({ host: config.listen.host, port: config.listen.port });
  } catch (error) {
    feed.close();
    app.close();
    throw error;
  }
  return {
    server,
    app,
    url: config.publicUrl,
    close: async () => {
      await server.close();
      feed.close();
      await app.idle();
      app.close();
    },
  };
}
