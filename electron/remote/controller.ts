import type { ChangeBatch, ChangeFeed } from '../../core/changeLog/feed';
import type { ConnectionStatus } from '../../core/connection/contract';
import { AppError, type Result } from '../../core/errors';
import type { Connection, ConnectionStore, MovedCopy } from './connectionStore';
import { forward, fresh, type RemoteSession } from './forward';
import { followServer } from './follow';
import { allowedOnMovedCopy, exportBytes, protectFile, readOnlyCopy, uploadExport } from './move';
import { checkServer, type ServerCheck } from './serverCheck';
import { refresh, signIn } from './signIn';
import type { Dispatcher, Fetch, ServerInfo, Tokens } from './types';

export type { Dispatcher } from './types';

export interface ControllerDeps {
  store: ConnectionStore;
  fetch: Fetch;
  openExternal: (url: string) => Promise<void>;
  /** The local data file's dispatch, opened when first needed. */
  openLocal: () => Promise<Dispatcher>;
  /** The local data file itself, write-protected once its data are moved to a server. */
  localDataFile: string;
  /** Tells the renderer to load again (after switching data). */
  reload: () => void;
  /** Everyone's changes to the local data file, once it is open. */
  localFeed?: () => ChangeFeed | null;
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function invalidAddress(message: string): Result<never> {
  return { ok: false, error: new AppError('validation', message, { url: message }).toBody() };
}

/** The address typed, checked: an AKAN Utvalg server over HTTPS speaking this app's contract. */
async function checkedAddress(input: unknown, fetch: Fetch): Promise<Result<Extract<ServerCheck, { ok: true }>>> {
  const url = (input as { url?: unknown } | null)?.url;
  if (typeof url !== 'string' || url.trim() === '') return invalidAddress('Skriv serverens adresse.');
  const check = await checkServer(url, fetch);
  return check.ok ? ok(check) : invalidAddress(check.message);
}

function refused(error: unknown): Result<never> {
  const message =
    error instanceof Error && !(error instanceof TypeError) ? error.message : 'Innloggingen mislyktes. Prøv igjen.';
  return { ok: false, error: { code: 'refused', message, fields: {} } };
}

const MOVING: Result<never> = {
  ok: false,
  error: {
    code: 'busy',
    message: 'Dataene flyttes til serveren akkurat nå. Vent til flyttingen er ferdig, og lagre på nytt.',
    fields: {},
  },
};

/**
 * Which data the desktop app works on — its local file or the committee's server — and `invoke` for either.
 * The renderer never knows which: it calls `window.akan.invoke` as always.
 */
export class ConnectionController {
  private connection: Connection;
  private tokens: Tokens | null;
  private local: Promise<Dispatcher> | null = null;
  /** Set once this PC's data were moved to a server: the local file is then only read. */
  private moved: MovedCopy | null;
  /** Signed in for a move the server asked to confirm, so the yes does not need a second sign-in. */
  private pendingMove: { url: string; tokens: Tokens } | null = null;
  private moving = false;

  constructor(private readonly deps: ControllerDeps) {
    this.connection = deps.store.connection();
    this.tokens = this.connection.mode === 'server' ? deps.store.tokens() : null;
    const moved = deps.store.movedCopy();
    this.moved = moved?.dataFile === deps.localDataFile ? moved : null;
  }

  get mode(): Connection['mode'] {
    return this.connection.mode;
  }

  status(): ConnectionStatus {
    const c = this.connection;
    const movedTo = this.moved ? { serverUrl: this.moved.serverUrl, at: this.moved.at } : null;
    return c.mode === 'local'
      ? {
          mode: 'local',
          canSwitch: true,
          serverUrl: null,
          organisationName: null,
          signedInAs: null,
          signedIn: false,
          movedTo,
        }
      : {
          mode: 'server',
          canSwitch: true,
          serverUrl: c.url,
          organisationName: c.info.organisationName,
          signedInAs: this.tokens?.name ?? null,
          signedIn: this.tokens !== null,
          movedTo,
        };
  }

  private saveTokens(tokens: Tokens | null): void {
    this.tokens = tokens;
    this.deps.store.setTokens(tokens);
  }

  private switchTo(url: string, info: ServerInfo, tokens: Tokens): Result<ConnectionStatus> {
    this.connection = { mode: 'server', url, info };
    this.deps.store.setConnection(this.connection);
    this.saveTokens(tokens);
    this.deps.reload();
    return ok(this.status());
  }

  private async signInTo(url: string, info: ServerInfo): Promise<Result<ConnectionStatus>> {
    try {
      return this.switchTo(
        url,
        info,
        await signIn(info, { fetch: this.deps.fetch, openExternal: this.deps.openExternal }),
      );
    } catch (error) {
      return refused(error);
    }
  }

  private localDispatch(): Promise<Dispatcher> {
    this.local ??= this.deps.openLocal();
    return this.local;
  }

  /** Tokens for a move to `server`: those of a move just asked to confirm, else a new sign-in. */
  private async moveTokens(server: Extract<ServerCheck, { ok: true }>): Promise<Tokens> {
    const pending = this.pendingMove;
    if (pending?.url === server.url && pending.tokens.expiresAt - Date.now() > 60_000) return pending.tokens;
    const tokens = await signIn(server.info, { fetch: this.deps.fetch, openExternal: this.deps.openExternal });
    this.pendingMove = { url: server.url, tokens };
    return tokens;
  }

  /**
   * «Flytt dataene til serveren»: the local data exported, sent to the server as an administrator and taken in there
   * (checked, and only with a yes when the server holds data already); then this PC works on the server and keeps
   * its local file as it was, read-only.
   */
  private async moveToServer(input: unknown): Promise<Result<ConnectionStatus>> {
    if (this.connection.mode !== 'local')
      return refused(new Error('Dataene flyttes fra den lokale datafilen. Velg «Bruk lokal datafil» først.'));
    if (this.moved)
      return refused(new Error(`Dataene på denne PC-en er allerede flyttet til ${this.moved.serverUrl}.`));
    if (this.moving) return MOVING;
    const server = await checkedAddress(input, this.deps.fetch);
    if (!server.ok) return server;
    // From the sign-in until the server has the data, nothing is saved locally that the export would leave behind.
    this.moving = true;
    let tokens: Tokens;
    try {
      try {
        tokens = await this.moveTokens(server.value);
      } catch (error) {
        return refused(error);
      }
      const exported = await exportBytes(await this.localDispatch());
      if (!exported.ok) return exported;
      const replace = (input as { confirmReplace?: unknown }).confirmReplace === true;
      const uploaded = await uploadExport(server.value.url, tokens, exported.value, replace, this.deps.fetch);
      if (!uploaded.ok) return uploaded;
    } finally {
      this.moving = false;
    }
    this.pendingMove = null;
    protectFile(this.deps.localDataFile);
    this.moved = { dataFile: this.deps.localDataFile, serverUrl: server.value.url, at: new Date().toISOString() };
    this.deps.store.setMovedCopy(this.moved);
    // The server now names the organisation of the data it was sent.
    const after = await checkServer(server.value.url, this.deps.fetch);
    return this.switchTo(server.value.url, after.ok ? after.info : server.value.info, tokens);
  }

  private async handleConnection(method: string, input: unknown): Promise<Result<unknown>> {
    switch (method) {
      case 'connection.status':
        return ok(this.status());
      case 'connection.useServer': {
        const server = await checkedAddress(input, this.deps.fetch);
        return server.ok ? this.signInTo(server.value.url, server.value.info) : server;
      }
      case 'connection.moveToServer':
        return this.moveToServer(input);
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
      if (this.moving && !allowedOnMovedCopy(method)) return MOVING;
      if (this.moved && !allowedOnMovedCopy(method)) return readOnlyCopy(this.moved);
      return (await this.localDispatch())(method, input);
    }
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'unknown_method', message: 'Ukjent handling.', fields: {} } };
    return forward(this.remote(c), method, input);
  }
}
