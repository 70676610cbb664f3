import type { ChangeBatch, ChangeFeed } from '../../core/changeLog/feed';
import type { ConnectionStatus } from '../../core/connection/contract';
import { AppError, type Result } from '../../core/errors';
import type { Connection, ConnectionStore } from './connectionStore';
import { forward, fresh, type RemoteSession } from './forward';
import { followServer } from './follow';
import { checkServer } from './serverCheck';
import { refresh, signIn } from './signIn';
import type { Fetch, ServerInfo, Tokens } from './types';

export type Dispatcher = (method: unknown, input: unknown) => Promise<Result<unknown>>;

export interface ControllerDeps {
  store: ConnectionStore;
  fetch: Fetch;
  openExternal: (url: string) => Promise<void>;
  /** The local data file's dispatch, opened when first needed. */
  openLocal: () => Promise<Dispatcher>;
  /** Tells the renderer to load again (after switching data). */
  reload: () => void;
  /** Everyone's changes to the local data file, once it is open. */
  localFeed?: () => ChangeFeed | null;
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function refused(error: unknown): Result<never> {
  const message =
    error instanceof Error && !(error instanceof TypeError) ? error.message : 'Innloggingen mislyktes. Prøv igjen.';
  return { ok: false, error: { code: 'refused', message, fields: {} } };
}

/**
 * Which data the desktop app works on — its local file or the committee's server — and `invoke` for either.
 * The renderer never knows which: it calls `window.akan.invoke` as always.
 */
export class ConnectionController {
  private connection: Connection;
  private tokens: Tokens | null;
  private local: Promise<Dispatcher> | null = null;

  constructor(private readonly deps: ControllerDeps) {
    this.connection = deps.store.connection();
    this.tokens = this.connection.mode === 'server' ? deps.store.tokens() : null;
  }

  get mode(): Connection['mode'] {
    return this.connection.mode;
  }

  status(): ConnectionStatus {
    const c = this.connection;
    return c.mode === 'local'
      ? { mode: 'local', canSwitch: true, serverUrl: null, organisationName: null, signedInAs: null, signedIn: false }
      : {
          mode: 'server',
          canSwitch: true,
          serverUrl: c.url,
          organisationName: c.info.organisationName,
          signedInAs: this.tokens?.name ?? null,
          signedIn: this.tokens !== null,
        };
  }

  private saveTokens(tokens: Tokens | null): void {
    this.tokens = tokens;
    this.deps.store.setTokens(tokens);
  }

  private async signInTo(url: string, info: ServerInfo): Promise<Result<ConnectionStatus>> {
    try {
      const tokens = await signIn(info, { fetch: this.deps.fetch, openExternal: this.deps.openExternal });
      this.connection = { mode: 'server', url, info };
      this.deps.store.setConnection(this.connection);
      this.saveTokens(tokens);
      this.deps.reload();
      return ok(this.status());
    } catch (error) {
      return refused(error);
    }
  }

  private async handleConnection(method: string, input: unknown): Promise<Result<unknown>> {
    switch (method) {
      case 'connection.status':
        return ok(this.status());
      case 'connection.useServer': {
        const url = (input as { url?: unknown } | null)?.url;
        if (typeof url !== 'string' || url.trim() === '') {
          return {
            ok: false,
            error: new AppError('validation', 'Skriv serverens adresse.', { url: 'Skriv serverens adresse.' }).toBody(),
          };
        }
        const check = await checkServer(url, this.deps.fetch);
        if (!check.ok)
          return { ok: false, error: { code: 'validation', message: check.message, fields: { url: check.message } } };
        return this.signInTo(check.url, check.info);
      }
      case 'connection.signIn':
        if (this.connection.mode !== 'server') return refused(new Error('Velg en server først.'));
        return this.signInTo(this.connection.url, this.connection.info);
      case 'connection.useLocal':
        this.connection = { mode: 'local' };
        this.deps.store.setConnection(this.connection);
        this.tokens = null;
        this.deps.reload();
        return ok(this.status());
      default:
        return { ok: false, error: { code: 'unknown_method', message: 'Ukjent handling.', fields: {} } };
    }
  }

  private remote(c: Extract<Connection, { mode: 'server' }>): RemoteSession {
    return {
      url: c.url,
      info: c.info,
      tokens: this.tokens,
      saveTokens: (tokens) => this.saveTokens(tokens),
      refresh: (tokens) => refresh(c.info, tokens, this.deps.fetch),
      fetch: this.deps.fetch,
    };
  }

  /**
   * Everyone's changes to the data the window shows, for the main process to relay: the local file's change feed,
   * or the server's event stream. After the stream was lost, its return says `*` (read everything anew).
   */
  follow(listener: (batch: ChangeBatch) => void): () => void {
    const c = this.connection;
    if (c.mode === 'local') return this.deps.localFeed?.()?.subscribe(listener) ?? (() => {});
    let opened = false;
    return followServer(
      {
        url: c.url,
        fetch: this.deps.fetch,
        tokens: async () => (this.tokens ? fresh(this.remote(c), this.tokens, false) : null),
      },
      listener,
      () => {
        if (opened) listener({ seq: 0, methods: ['*'] });
        opened = true;
      },
    );
  }

  /** The one way in for the window's `invoke`. */
  async invoke(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (typeof method === 'string' && method.startsWith('connection.')) return this.handleConnection(method, input);
    const c = this.connection;
    if (c.mode === 'local') {
      this.local ??= this.deps.openLocal();
      return (await this.local)(method, input);
    }
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'unknown_method', message: 'Ukjent handling.', fields: {} } };
    return forward(this.remote(c), method, input);
  }
}
