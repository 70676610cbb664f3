import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../core/app';
import { type FolderIo, checkFolder } from '../../core/backups/folderState';
import { STALE_TEMP_MS } from '../../core/backups/sweep';
import { makeFolder } from '../../db/makeFolder';
import { fails, ok, tempDir } from '../support/app';
import { writeProtect } from '../support/writeProtect';

const undo: (() => void)[] = [];
const opened: AppHandle[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  undo.splice(0).forEach((u) => u());
});

async function appWithFolder(folder: string | null) {
  const app = await openApp({ dataFile: path.join(tempDir(), 'akan.sqlite'), dailyBackups: false, user: 'kari' });
  opened.push(app);
  await ok(app, 'units.create', { name: 'Helse' });
  if (folder) await ok(app, 'settings.update', { backupFolder: folder });
  return app;
}

/** A file system whose every call on the folder waits for ever, as an unplugged network share can. */
const silentShare: FolderIo = {
  stat: () => new Promise(() => {}),
  open: () => new Promise(() => {}),
  rm: () => new Promise(() => {}),
};

describe('the backup folder’s state is told apart, in bounded time', () => {
  test('ready, not made yet, a file, a path through a file, write-protected, and a folder no file can be made in', async () => {
    const base = tempDir();
    const file = path.join(base, 'en-fil');
    fs.writeFileSync(file, 'x');
    const locked = path.join(base, 'låst');
    fs.mkdirSync(locked);
    undo.push(writeProtect(locked));
    expect((await checkFolder(base)).state).toBe('ready');
    expect(await checkFolder(path.join(base, 'ny', 'mappe'))).toEqual({ state: 'willBeMade', problem: null });
    expect((await checkFolder(file)).state).toBe('notFolder');
    expect((await checkFolder(path.join(file, 'backups'))).state).toBe('notFolder');
    const protectedCheck = await checkFolder(locked);
    expect(protectedCheck.state).toBe('noPermission');
    expect(protectedCheck.problem).toMatch(/skrivetilgang/);
    expect((await checkFolder(path.join(locked, 'backups'))).state).toBe('noPermission');
    expect((await checkFolder('/proc/akan')).state).toBe('noPermission');
    expect(fs.readdirSync(base).sort(), 'the check leaves nothing behind').toEqual(['en-fil', 'låst']);
  });

  test('a folder that never answers is unreachable within the time limit, and asking again does not wait again', async () => {
    const folder = path.join(tempDir(), 'nettverk');
    let started = Date.now();
    const first = await checkFolder(folder, { timeoutMs: 200, io: silentShare });
    expect(first.state).toBe('unreachable');
    expect(first.problem).toMatch(/svarer ikke/);
    expect(Date.now() - started).toBeLessThan(2000);
    started = Date.now();
    expect((await checkFolder(folder, { timeoutMs: 5000, io: silentShare })).state).toBe('unreachable');
    expect(Date.now() - started, 'the hanging call is not repeated').toBeLessThan(1000);
  });

  test('backups.status says what is wrong with the folder; an export is then suggested beside the data file', async () => {
    const base = tempDir();
    const file = path.join(base, 'en-fil');
    fs.writeFileSync(file, 'x');
    const app = await appWithFolder(file);
    const status = await ok(app, 'backups.status', {});
    expect(status).toMatchObject({ folder: file, folderState: 'notFolder' });
    expect(status.folderProblem).toMatch(/ikke en mappe/);
    expect(path.dirname(status.suggestedExportFile)).toBe(path.dirname(app.dataFile));
    const fine = await appWithFolder(null);
    expect(await ok(fine, 'backups.status', {})).toMatchObject({ folderState: 'willBeMade', folderProblem: null });
  });

  test('a backup into a write-protected folder says so (not that the folder is missing) and notes the failure', async () => {
    const folder = path.join(tempDir(), 'låst');
    fs.mkdirSync(folder);
    const app = await appWithFolder(folder);
    undo.push(writeProtect(folder));
    const error = await fails(app, 'backups.create', {});
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/skrivetilgang/);
    expect(error.message).not.toMatch(/finnes ikke/);
    expect((await ok(app, 'backups.status', {})).lastFailure?.message).toBe(error.message);
  });

  test('a folder under /proc (where every new folder is refused) fails at once instead of spinning', () => {
    const started = Date.now();
    expect(() => makeFolder('/proc/akan/backups')).toThrow(/ENOENT/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('no code makes folders with Node’s recursive mode, which spins for ever under /proc', () => {
    const offenders: string[] = [];
    for (const root of ['core', 'db', 'cli', 'electron', 'server']) {
      for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        if (/mkdirSync\([^)]*recursive:\s*true/.test(fs.readFileSync(file, 'utf8'))) offenders.push(file);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('temporary files left by an interrupted copy are swept at start', () => {
  function age(file: string, ms: number) {
    const at = new Date(Date.now() - ms);
    fs.utimesSync(file, at, at);
  }

  test('ours and older than a day, beside the data file and in the backup folder; nothing else', async () => {
    const app = await appWithFolder(null);
    await ok(app, 'backups.create', {});
    const dir = path.dirname(app.dataFile);
    const backups = path.join(dir, 'backups');
    app.close();
    opened.splice(0);
    const write = (file: string, ms: number) => {
      fs.writeFileSync(file, 'halvferdig');
      age(file, ms);
      return file;
    };
    const day = STALE_TEMP_MS;
    const finished = fs.readdirSync(backups).map((name) => path.join(backups, name));
    expect(finished).toHaveLength(1);
    const swept = [
      write(path.join(dir, '.akan.sqlite.0123456789ab.tmp'), day + 60_000),
      write(path.join(dir, '.akan.sqlite.0123456789ab.tmp-journal'), day + 60_000),
      write(path.join(dir, '.akan.sqlite.backups.json.aaaaaaaaaaaa.tmp'), 2 * day),
      // What the backup list remembers of each backup, and a chosen file fetched to be read under a name of its own.
      write(path.join(dir, '.akan.sqlite.backups-innhold.json.a1a1a1a1a1a1.tmp'), 2 * day),
      write(path.join(dir, '.henting.akan.b2b2b2b2b2b2.tmp'), 2 * day),
      // The local copy of a backup or export, made beside the data file before it is moved into (or after it is
      // fetched from) its folder.
      write(path.join(dir, '.manuell-2026-11-23T10-00-00-000Z-0011223344556677.sqlite.abcdefabcdef.tmp'), 2 * day),
      write(path.join(dir, '.akan-utvalg-eksport-2026-11-23.akan.fedcbafedcba.tmp'), 2 * day),
      write(path.join(backups, '.daglig-2026-11-23-0011223344556677.sqlite.bbbbbbbbbbbb.tmp'), 3 * day),
      write(path.join(backups, '.akan-utvalg-eksport-2026-11-23.akan.cccccccccccc.tmp'), 3 * day),
    ];
    const kept = [
      write(path.join(dir, '.akan.sqlite.dddddddddddd.tmp'), day - 60 * 60_000),
      write(path.join(dir, '.annet-program.eeeeeeeeeeee.tmp'), 3 * day),
      write(path.join(backups, '.noe-annet.ffffffffffff.tmp'), 3 * day),
      write(path.join(dir, 'viktig.tmp'), 3 * day),
      ...finished,
    ];
    const again = await openApp({ dataFile: app.dataFile, dailyBackups: false });
    opened.push(again);
    await again.idle();
    for (const file of swept) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
  });
});
