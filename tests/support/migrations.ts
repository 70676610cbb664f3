import fs from 'node:fs';
import path from 'node:path';
import { findMigrationsDir } from '../../db/migrationsDir';
import { tempDir } from './app';

interface Journal {
  entries: { idx: number; tag: string }[];
}

export const SHIPPED_MIGRATIONS = findMigrationsDir(path.resolve(__dirname, '../../db'));

export function shippedTags(): string[] {
  const journal = JSON.parse(
    fs.readFileSync(path.join(SHIPPED_MIGRATIONS, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  return journal.entries.map((e) => e.tag);
}

/** A copy of the shipped migrations holding only the first `count`, as an older app version would ship them. */
export function migrationsUpTo(count: number, mutate?: (dir: string, tags: string[]) => void): string {
  const dir = path.join(tempDir('akan-migrations-'), 'migrations');
  fs.cpSync(SHIPPED_MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  mutate?.(
    dir,
    journal.entries.map((e) => e.tag),
  );
  return dir;
}
