import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../core/app';
import { demoContext } from '../../core/demo/types';
import { findMigrationsDir } from '../../db/migrationsDir';
import { buildHistory, type DatasetShape } from './build';

const CACHE = path.join(__dirname, '..', '.cache');

/** Changes when the builder or the schema changes, so a stale file is never reused. */
function fingerprint(shape: DatasetShape): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(shape));
  hash.update(fs.readFileSync(path.join(__dirname, 'build.ts')));
  const migrations = findMigrationsDir();
  for (const file of fs.readdirSync(migrations).sort())
    if (file.endsWith('.sql')) hash.update(fs.readFileSync(path.join(migrations, file)));
  return hash.digest('hex').slice(0, 12);
}

async function cachedFile(shape: DatasetShape): Promise<string> {
  const file = path.join(CACHE, `history-${shape.years}y-${shape.today}-${fingerprint(shape)}.sqlite`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  const building = `${file}.building`;
  fs.rmSync(building, { force: true });
  const started = performance.now();
  const app = await openApp({ dataFile: building, today: shape.today, user: 'bench', dailyBackups: false });
  try {
    await buildHistory(demoContext(app, shape.today), shape);
    app.context.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    app.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
  fs.renameSync(building, file);
  console.error(
    `bench: built ${path.basename(file)} through the contract in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return file;
}

export interface Dataset {
  /** A private copy of the cached file, safe to change. */
  file: string;
  shape: DatasetShape;
}

/** 200 units and `years` years of history up to the current year, built once per day and then copied from the cache. */
export async function historyDataset(years: number, today: string): Promise<Dataset> {
  const shape: DatasetShape = { lastYear: Number(today.slice(0, 4)), years, today };
  const source = await cachedFile(shape);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `akan-bench-${years}y-`));
  const file = path.join(dir, 'akan-utvalg.sqlite');
  fs.copyFileSync(source, file);
  return { file, shape };
}
