import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempPathFor } from '../../db/backup';
import { AppError } from '../errors';
import { TimedOut, bounded } from './bounded';

/**
 * How long one step of a copy into a folder (open, one chunk, flush, rename) may take before the folder counts as gone:
 * long enough for a slow share, short enough that a share that stopped answering is told within seconds.
 */
export const COPY_STEP_TIMEOUT_MS = 10_000;

/** Written a chunk at a time, so a copy that is still moving never times out, however large or slow. */
const CHUNK_BYTES = 256 * 1024;

export interface PlaceHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls a copy into the folder makes (replaced in tests by a share that stops answering). */
export interface PlaceIo {
  open(file: string, flags: 'wx'): Promise<PlaceHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
}

/**
 * Where a copy is made and checked before it is moved into its folder: beside the data file (a local disk, where the
 * start-up sweep finds a copy a crash left), or the system's temporary folder where that folder cannot be written
 * (a write-protected data file, whose data can still be backed up and exported).
 */
export function stagingFolder(dataFile: string): string {
  const folder = path.dirname(dataFile);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return folder;
  } catch {
    return os.tmpdir();
  }
}

export interface PlaceOptions {
  /** The Norwegian message for a folder that stopped answering during the copy (an `io` AppError). */
  stopped: string;
  stepTimeoutMs?: number;
  io?: PlaceIo;
}

/** The calls on one folder, each bounded in time; the call under way is remembered, so a clean-up never races it. */
function folderCalls(folder: string, timeoutMs: number) {
  let pending: Promise<unknown> = Promise.resolve();
  return {
    step: <T>(call: () => Promise<T>): Promise<T> =>
      bounded(folder, timeoutMs, () => {
        const running = call();
        pending = running;
        return running;
      }),
    /** Runs `cleanUp` once the call that hangs has answered (if it ever does). */
    afterPending(cleanUp: () => Promise<void>): void {
      pending.then(cleanUp, cleanUp).catch(() => undefined);
    },
  };
}

/** Moves the bytes a chunk at a time from `read` to `write` (each may be a bounded call on a folder); returns how many. */
async function pump(
  read: (buffer: Buffer, position: number) => Promise<number>,
  write: (buffer: Buffer, offset: number, length: number, position: number) => Promise<number>,
): Promise<number> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let position = 0; ;) {
    const bytesRead = await read(buffer, position);
    if (bytesRead === 0) return position;
    for (let offset = 0; offset < bytesRead;)
      offset += await write(buffer, offset, bytesRead - offset, position + offset);
    position += bytesRead;
  }
}

/**
 * Copies a finished local file to `target` in another folder (a backup folder, perhaps a network share) without ever
 * blocking the main thread: asynchronous calls only, each bounded in time, into a temporary file in the folder
 * (named as `isTempCopy` knows, so the sweep finds one left behind) that is flushed and then renamed into place.
 * A folder that stops answering fails the copy with `stopped`; the temporary file is removed once the folder answers
 * again. Other errors (full disk, no permission) are thrown as they come, after the temporary file is removed.
 */
export async function placeCopy(
  local: string,
  target: string,
  { stopped, stepTimeoutMs = COPY_STEP_TIMEOUT_MS, io = fs.promises }: PlaceOptions,
): Promise<void> {
  const folder = path.dirname(target);
  const temp = tempPathFor(folder, path.basename(target));
  const { step, afterPending } = folderCalls(folder, stepTimeoutMs);
  let handle: PlaceHandle | null = null;
  const discard = async (): Promise<void> => {
    const open = handle;
    handle = null;
    if (open) await step(() => open.close()).catch(() => undefined);
    await step(() => io.rm(temp, { force: true })).catch(() => undefined);
  };
  const source = await fs.promises.open(local, 'r');
  try {
    const written = await step(() => io.open(temp, 'wx'));
    handle = written;
    await pump(
      async (buffer, position) => (await source.read(buffer, 0, CHUNK_BYTES, position)).bytesRead,
      async (buffer, offset, length, position) =>
        (await step(() => written.write(buffer, offset, length, position))).bytesWritten,
    );
    await step(() => written.sync());
    handle = null;
    await step(() => written.close());
    await step(() => io.rename(temp, target));
  } catch (error) {
    if (error instanceof TimedOut) {
      // The call that hangs holds the temporary file: it is removed when (if ever) the folder answers again.
      afterPending(discard);
      throw new AppError('io', stopped);
    }
    await discard();
    throw error;
  } finally {
    await source.close();
  }
  // The rename is kept by the folder's own journal where a folder cannot be flushed (Windows, most shares).
  await step(async () => {
    const dir = await fs.promises.open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }).catch(() => undefined);
}

export interface FetchHandle {
  stat(): Promise<{ size: number; mtime: Date; isFile(): boolean }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** The file-system call a fetch from a folder makes (replaced in tests by a share that stops answering). */
export interface FetchIo {
  open(file: string, flags: 'r'): Promise<FetchHandle>;
}

export interface FetchOptions {
  /** The Norwegian message for a folder that stopped answering while the file was read (an `io` AppError). */
  stopped: string;
  stepTimeoutMs?: number;
  io?: FetchIo;
  /** A larger file is not copied: `tooLarge` (given its size) is thrown instead. */
  maxBytes?: number;
  tooLarge?: (size: number) => Error;
}

/** A local copy of a file in a folder, and what the folder said about the file itself. */
export interface FetchedCopy {
  local: string;
  size: number;
  mtime: Date;
}

/** Thrown by `fetchCopy` for a path in the folder that is not a file (a folder, a pipe). */
export class NotAFile extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a file`);
    this.name = 'NotAFile';
  }
}

/**
 * Copies a file from a folder that may be a network share (a backup to be listed, looked into or restored) into a new
 * temporary file in `localFolder`, named after `name` as `isTempCopy` knows: the same bounded, chunked machinery as
 * `placeCopy`, the other way round, so that SQLite only ever opens the local copy. A folder that stops answering
 * fails the fetch with `stopped`; the local copy is removed at once, and the file on the share is closed once the
 * folder answers again. Other errors (no such file, no permission) are thrown as they come. The caller removes the
 * copy it is given (`discardCopy`).
 */
export async function fetchCopy(
  remote: string,
  localFolder: string,
  name: string,
  {
    stopped,
    stepTimeoutMs = COPY_STEP_TIMEOUT_MS,
    io = fs.promises,
    maxBytes = Infinity,
    tooLarge = (size) => new Error(`${remote} is ${size} bytes`),
  }: FetchOptions,
): Promise<FetchedCopy> {
  const { step, afterPending } = folderCalls(path.dirname(remote), stepTimeoutMs);
  const local = tempPathFor(localFolder, name);
  let source: FetchHandle | null = null;
  const closeSource = async (): Promise<void> => {
    const open = source;
    source = null;
    if (open) await step(() => open.close()).catch(() => undefined);
  };
  try {
    const opened = await step(() => io.open(remote, 'r'));
    source = opened;
    const stat = await step(() => opened.stat());
    if (!stat.isFile()) throw new NotAFile(remote);
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    const copy = await fs.promises.open(local, 'wx');
    try {
      await pump(
        async (buffer, position) => (await step(() => opened.read(buffer, 0, CHUNK_BYTES, position))).bytesRead,
        async (buffer, offset, length, position) => (await copy.write(buffer, offset, length, position)).bytesWritten,
      );
    } finally {
      await copy.close();
    }
    await closeSource();
    return { local, size: stat.size, mtime: stat.mtime };
  } catch (error) {
    await fs.promises.rm(local, { force: true });
    if (error instanceof TimedOut) {
      afterPending(closeSource);
      throw new AppError('io', stopped);
    }
    await closeSource();
    throw error;
  }
}
