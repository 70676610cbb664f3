import fs from 'node:fs';
import path from 'node:path';
import { tempPathFor } from '../../db/backup';
import { TimedOut, bounded } from '../files/bounded';

/**
 * `ready`: backups can be written there; `willBeMade`: it does not exist yet, and the first backup makes it;
 * `missing`: neither it nor any folder above it exists (a drive or share that is not there);
 * `notFolder`: it (or a folder above it) is a file; `noPermission`: it cannot be written;
 * `unreachable`: it did not answer in time (a network share that is gone).
 */
export type FolderState = 'ready' | 'willBeMade' | 'missing' | 'notFolder' | 'noPermission' | 'unreachable';

export interface FolderCheck {
  state: FolderState;
  /** What is wrong and what to do, in Norwegian; null when backups can be written. */
  problem: string | null;
}

/** Long enough for a slow share to answer, short enough that Innstillinger never seems to hang. */
export const FOLDER_TIMEOUT_MS = 3000;

/** The file-system calls the check makes (replaced in tests by a share that never answers). */
export interface FolderIo {
  stat(file: string): Promise<{ isDirectory(): boolean }>;
  open(file: string, flags: 'wx'): Promise<{ close(): Promise<void> }>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export function folderProblem(state: FolderState, folder: string): string | null {
  switch (state) {
    case 'ready':
    case 'willBeMade':
      return null;
    case 'missing':
      return `Mappen for sikkerhetskopier («${folder}») finnes ikke, og heller ikke disken eller nettverksstasjonen den skal ligge på. Koble den til, eller velg en annen mappe i Innstillinger.`;
    case 'notFolder':
      return `«${folder}» er ikke en mappe (en fil har det navnet, eller ligger i stien). Velg en mappe for sikkerhetskopiene i Innstillinger.`;
    case 'noPermission':
      return `Du har ikke skrivetilgang til mappen for sikkerhetskopier («${folder}»). Be IT om skrivetilgang, eller velg en annen mappe i Innstillinger.`;
    case 'unreachable':
      return `Mappen for sikkerhetskopier («${folder}») svarer ikke; nettverksstasjonen er kanskje frakoblet. Sjekk nettverket, eller velg en annen mappe i Innstillinger.`;
  }
}

/** A folder that answered the check but stopped answering while the backup was copied into it. */
export function stoppedAnswering(folder: string): string {
  return `Mappen for sikkerhetskopier («${folder}») sluttet å svare mens sikkerhetskopien ble skrevet; nettverksstasjonen er kanskje frakoblet. Sikkerhetskopien ble ikke lagret, og dataene er ikke endret. Sjekk nettverket og prøv igjen, eller velg en annen mappe i Innstillinger.`;
}

function codeOf(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

const NO_PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Writes and removes an empty file named as our temporary copies are (so one left by a crash is swept). */
async function canWrite(folder: string, io: FolderIo): Promise<boolean> {
  const probe = tempPathFor(folder, 'skrivetest');
  try {
    await (await io.open(probe, 'wx')).close();
  } catch (error) {
    // Some file systems refuse every new file with "no such file" although the folder is there (`/proc`).
    if (NO_PERMISSION.has(codeOf(error)) || codeOf(error) === 'ENOENT') return false;
    throw error;
  }
  await io.rm(probe, { force: true });
  return true;
}

async function stateOf(folder: string, io: FolderIo): Promise<FolderState> {
  let missingBelow = false;
  for (let current = folder; ;) {
    try {
      const stat = await io.stat(current);
      if (!stat.isDirectory()) return 'notFolder';
      const writable = await canWrite(current, io);
      if (!writable) return 'noPermission';
      return missingBelow ? 'willBeMade' : 'ready';
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOTDIR') return 'notFolder';
      if (NO_PERMISSION.has(code)) return 'noPermission';
      if (code !== 'ENOENT') throw error;
    }
    const parent = path.dirname(current);
    if (parent === current) return 'missing';
    missingBelow = true;
    current = parent;
  }
}

/** What state the backup folder is in, answered within `timeoutMs` whatever the folder is (a share that hangs too). */
export async function checkFolder(
  folder: string,
  { timeoutMs = FOLDER_TIMEOUT_MS, io = fs.promises }: { timeoutMs?: number; io?: FolderIo } = {},
): Promise<FolderCheck> {
  let state: FolderState;
  try {
    state = await bounded(folder, timeoutMs, () => stateOf(path.resolve(folder), io));
  } catch (error) {
    // A share that answers with an error of its own (host down, timed out) is as unreachable as one that is silent.
    state = error instanceof TimedOut || !NO_PERMISSION.has(codeOf(error)) ? 'unreachable' : 'noPermission';
  }
  return { state, problem: folderProblem(state, folder) };
}
