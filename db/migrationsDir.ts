import fs from 'node:fs';
import path from 'node:path';

const JOURNAL = path.join('meta', '_journal.json');

/** The shipped migrations: `AKAN_MIGRATIONS_DIR`, or `db/migrations` found above this file (source, build output or app.asar). */
export function findMigrationsDir(start: string = __dirname): string {
  const fromEnv = process.env.AKAN_MIGRATIONS_DIR;
  if (fromEnv) return fromEnv;
  let dir = start;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'migrations'), path.join(dir, 'db', 'migrations')]) {
      if (fs.existsSync(path.join(candidate, JOURNAL))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`Could not find db/migrations above ${start}`);
}
