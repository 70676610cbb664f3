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
  /** The call on the folder under way (or last made): a discard waits for it, so it never races a late write. */
  let pending: Promise<unknown> = Promise.resolve();
  const step = <T>(call: () => Promise<T>): Promise<T> =>
    bounded(folder, stepTimeoutMs, () => {
      const running = call();
      pending = running;
      return running;
    });
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
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = 0; ;) {
      const { bytesRead } = await source.read(buffer, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) break;
      for (let offset = 0; offset < bytesRead;) {
        const { bytesWritten } = await step(() => written.write(buffer, offset, bytesRead - offset, position + offset));
        offset += bytesWritten;
      }
      position += bytesRead;
    }
    await step(() => written.sync());
    handle = null;
    await step(() => written.close());
    await step(() => io.rename(temp, target));
  } catch (error) {
    if (error instanceof TimedOut) {
      // The call that hangs holds the temporary file: it is removed when (if ever) the folder answers again.
      const settled = pending.then(discard, discard);
      settled.catch(() => undefined);
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
