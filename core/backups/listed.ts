import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomicWrite';
import { BACKUP_KINDS, type BackupEntry } from './contract';

/** More than the backups a few data files keep in their folders (14 daily, 12 monthly, the manual ones). */
const MAX_REMEMBERED = 500;

/**
 * What the list found inside each backup it has looked into, kept beside the data file: a backup in a folder that may
 * be a network share is then fetched once to be listed, not at every listing or start (a backup never changes once
 * written; one that does has another size or time, and is looked into again).
 */
export function listedFile(dataFile: string): string {
  return `${dataFile}.backups-innhold.json`;
}

const text = z.string().max(2000);
const count = z.number().int().nonnegative();
const entrySchema = z.object({
  file: text,
  name: text,
  kind: z.enum(BACKUP_KINDS),
  dataFileId: text.nullable(),
  organisationName: text.nullable(),
  createdAt: text,
  sizeBytes: count,
  contents: z
    .object({
      appVersion: text.nullable(),
      schemaVersion: count,
      tooNew: z.boolean(),
      counts: z.array(z.object({ table: text, label: text, rows: count })).max(200),
      changes: count,
      lastChangeAt: text.nullable(),
    })
    .nullable(),
  problem: text.nullable(),
});
const listedSchema = z.array(z.object({ size: count, mtimeMs: z.number(), entry: entrySchema })).max(MAX_REMEMBERED);

type Listed = z.output<typeof listedSchema>[number];
/** An entry as remembered: whose it is (`origin`) is told again at each listing, against the data file in use then. */
export type ListedEntry = Omit<BackupEntry, 'origin'>;

export interface FolderStat {
  size: number;
  mtime: Date;
}

/** What is remembered about the backups looked into before, by path; nothing when the file is missing or not ours. */
export class ListedBackups {
  private readonly byFile = new Map<string, Listed>();
  private changed = false;

  constructor(private readonly dataFile: string) {
    try {
      const parsed = listedSchema.safeParse(JSON.parse(fs.readFileSync(listedFile(dataFile), 'utf8')));
      for (const listed of parsed.success ? parsed.data : []) this.byFile.set(listed.entry.file, listed);
    } catch {
      // Nothing remembered: every backup is looked into again.
    }
  }

  /** The entry for `file` if it was looked into at this size and time. */
  recall(file: string, stat: FolderStat): ListedEntry | null {
    const known = this.byFile.get(path.resolve(file));
    return known && known.size === stat.size && known.mtimeMs === stat.mtime.getTime() ? known.entry : null;
  }

  remember({ origin: _origin, ...entry }: BackupEntry, stat: FolderStat): void {
    this.byFile.set(entry.file, { size: stat.size, mtimeMs: stat.mtime.getTime(), entry });
    this.changed = true;
  }

  /** Forgets the backups in `folders` (that answered) that are no longer there. */
  keepOnly(folders: readonly string[], present: ReadonlySet<string>): void {
    for (const file of this.byFile.keys()) {
      if (folders.includes(path.dirname(file)) && !present.has(file)) {
        this.byFile.delete(file);
        this.changed = true;
      }
    }
  }

  /** Written only when something changed; a file that cannot be written only means fetching again next time. */
  save(): void {
    if (!this.changed) return;
    try {
      writeFileAtomic(listedFile(this.dataFile), JSON.stringify([...this.byFile.values()].slice(-MAX_REMEMBERED)));
      this.changed = false;
    } catch {
      // A convenience, like the backup status.
    }
  }
}
