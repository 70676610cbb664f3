import fs from 'node:fs';
import path from 'node:path';
import type { ServerInfo, Tokens } from './types';

export type Connection = { mode: 'local' } | { mode: 'server'; url: string; info: ServerInfo };

/** The local data file whose data were moved to a server; it is kept as it was, read-only. */
export interface MovedCopy {
  dataFile: string;
  serverUrl: string;
  /** ISO UTC timestamp. */
  at: string;
}

/** Encryption by the operating system for this user (Electron's `safeStorage`). */
export interface Sealer {
  isAvailable(): boolean;
  seal(text: string): Buffer;
  open(sealed: Buffer): string;
}

function writeAtomically(file: string, data: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, data, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Where this PC keeps which data the app uses (local file or a server) and, sealed, the sign-in tokens. */
export class ConnectionStore {
  private readonly connectionFile: string;
  private readonly tokenFile: string;
  private readonly movedFile: string;

  constructor(
    dir: string,
    private readonly sealer: Sealer,
  ) {
    this.connectionFile = path.join(dir, 'connection.json');
    this.tokenFile = path.join(dir, 'server-session.bin');
    this.movedFile = path.join(dir, 'moved-to-server.json');
  }

  connection(): Connection {
    try {
      const value = JSON.parse(fs.readFileSync(this.connectionFile, 'utf8')) as Connection;
      return value.mode === 'server' && typeof value.url === 'string' ? value : { mode: 'local' };
    } catch {
      return { mode: 'local' };
    }
  }

  setConnection(connection: Connection): void {
    writeAtomically(this.connectionFile, JSON.stringify(connection));
    if (connection.mode === 'local') this.setTokens(null);
  }

  tokens(): Tokens | null {
    try {
      return JSON.parse(this.sealer.open(fs.readFileSync(this.tokenFile))) as Tokens;
    } catch {
      return null;
    }
  }

  /** Tokens are only ever stored sealed; without OS encryption they live in memory for this session only. */
  setTokens(tokens: Tokens | null): void {
    if (tokens === null || !this.sealer.isAvailable()) {
      fs.rmSync(this.tokenFile, { force: true });
      return;
    }
    writeAtomically(this.tokenFile, this.sealer.seal(JSON.stringify(tokens)));
  }

  /** Kept whichever data the app uses later, so the moved-from file stays read-only. */
  movedCopy(): MovedCopy | null {
    try {
      const value = JSON.parse(fs.readFileSync(this.movedFile, 'utf8')) as MovedCopy;
      return typeof value.dataFile === 'string' && typeof value.serverUrl === 'string' ? value : null;
    } catch {
      return null;
    }
  }

  setMovedCopy(moved: MovedCopy): void {
    writeAtomically(this.movedFile, JSON.stringify(moved));
  }
}
