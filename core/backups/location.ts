import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { recordChange } from '../changeLog/service';
import type { AppContext } from '../context';
import { bounded } from '../files/bounded';
import {
  DATA_FILE_ID_KEY,
  DATA_FILE_LOCATION_KEY,
  type StoredSetting,
  storedDataFileId,
  storedDataFileLocation,
} from '../settings/stored';
import { FOLDER_TIMEOUT_MS } from './folderState';
import { identityInFile, identityOf } from './identity';
import { recordNewIdentity } from './status';

/**
 * `same`: opened where it was last opened (or there under another name: a link, another spelling of the path);
 * `remembered`: nothing was remembered yet (a new file, or one from before files remembered where they live);
 * `moved`: nothing with its id is where it was, so it was moved there; `copied`: the file it was copied from is still
 * where this one was, with the same id, so this one got a fresh id; `unchanged`: the file cannot be written (read-only)
 * or was busy, and is looked at again next time.
 */
export type LocationOutcome = 'same' | 'remembered' | 'moved' | 'copied' | 'unchanged';

/** In the change log when a copied data file gets its own id. */
export const NEW_ID_METHOD = 'settings.dataFileId';
export const NEW_ID_LABEL = 'Datafilen er en kopi av en annen og fikk sin egen id, med egne sikkerhetskopier';

type Judgement = 'same' | 'moved' | 'copied';

/**
 * A data file lives on a local disk; a remembered place that is not a local absolute path came in with a file from
 * elsewhere (perhaps crafted) and is never touched: asking a foreign share would send it this PC's sign-in.
 */
function mayLookAt(remembered: string): boolean {
  return path.isAbsolute(remembered) && !/^[\\/]{2}/.test(remembered);
}

/** One stat of where the file was, and at most one read-only open of what is there; nothing there is ever changed. */
async function judge(remembered: string, here: string, dataFileId: string): Promise<Judgement> {
  if (!mayLookAt(remembered)) return 'moved';
  let there: fs.BigIntStats;
  try {
    there = await bounded(path.dirname(remembered), FOLDER_TIMEOUT_MS, () =>
      fs.promises.stat(remembered, { bigint: true }),
    );
  } catch {
    // Gone, or on a disk or share that does not answer: nothing there can be shown to hold this file's id.
    return 'moved';
  }
  const mine = fs.statSync(here, { bigint: true, throwIfNoEntry: false });
  if (mine && there.dev === mine.dev && there.ino === mine.ino) return 'same';
  if (!there.isFile()) return 'moved';
  return identityInFile(remembered).dataFileId === dataFileId ? 'copied' : 'moved';
}

/**
 * Makes the open data file remember where it lives, and gives a copy of another data file its own id, so that two
 * copies of one file never write, rotate or list each other's backups (the id is in every backup's name). Cheap on
 * every open: a file where it was last opened costs one read of two settings rows.
 */
export async function claimLocation(ctx: AppContext): Promise<LocationOutcome> {
  const sqlite = ctx.sqlite;
  if (sqlite.readonly) return 'unchanged';
  const read = sqlite.prepare('SELECT key, value FROM settings WHERE key IN (?, ?)');
  const rows = read.all(DATA_FILE_ID_KEY, DATA_FILE_LOCATION_KEY) as StoredSetting[];
  const dataFileId = storedDataFileId(rows);
  const remembered = storedDataFileLocation(rows);
  const here = path.resolve(ctx.dataFile);
  if (!dataFileId || remembered === here) return 'same';
  const outcome = remembered === null ? 'remembered' : await judge(remembered, here, dataFileId);
  if (outcome === 'same') return 'same';
  // A new id in the form migration 0002 gives every data file: 16 hex digits.
  const fresh = outcome === 'copied' ? crypto.randomBytes(8).toString('hex') : null;
  try {
    const store = sqlite.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    sqlite
      .transaction(() => {
        // Another program that opened this file at the same moment (the CLI beside the desktop) may have claimed it.
        if (storedDataFileLocation(read.all(DATA_FILE_ID_KEY, DATA_FILE_LOCATION_KEY) as StoredSetting[]) === here)
          return;
        store.run(DATA_FILE_LOCATION_KEY, JSON.stringify(here));
        if (fresh) {
          store.run(DATA_FILE_ID_KEY, JSON.stringify(fresh));
          recordChange(ctx, NEW_ID_METHOD, NEW_ID_LABEL, null);
        }
      })
      .immediate();
  } catch {
    // Busy (another program writes) or not writable after all: looked at again the next time the file is opened.
    return 'unchanged';
  }
  if (fresh) recordNewIdentity(ctx.dataFile, identityOf(sqlite));
  return outcome;
}
