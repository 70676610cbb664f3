import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openApp } from '../../core/app';
import { contract } from '../../core/contract';
import type { MethodSpec } from '../../core/define';
import { fails, ok, tempDir } from '../support/app';

describe('the change log (endringslogg)', () => {
  test('every write in the contract, and every task that replaces the data, has a label for the log', () => {
    const specs = Object.entries(contract) as [string, MethodSpec][];
    for (const [method, spec] of specs) {
      if (spec.kind === 'write') expect(spec.label, method).toBeTruthy();
    }
    for (const method of ['backups.restore', 'backups.import', 'recovery.restore'] as const)
      expect(contract[method].label).toBeTruthy();
  });

  test('records who, what and when, and never copies the text that was written', async () => {
    const dataFile = path.join(tempDir(), 'akan.sqlite');
    const kari = await openApp({ dataFile, user: 'kari', dailyBackups: false });
    const unit = await ok(kari, 'units.create', { name: 'Hemmelig enhet 4711' });
    await ok(kari, 'appointments.create', {
      role: 'unitContact',
      personName: 'Ola Hemmeligsen',
      unitId: unit.id,
      termStart: '2026-01-01',
      notes: 'Fortrolig merknad',
    });
    kari.close();
    const ola = await openApp({ dataFile, user: 'ola', dailyBackups: false });
    await ok(ola, 'settings.update', { organisationName: 'Hemmelig kommune' });

    const entries = await ok(ola, 'changeLog.list', {});
    expect(entries.map((e) => [e.user, e.method, e.label])).toEqual([
      ['ola', 'settings.update', 'Innstillinger endret'],
      ['kari', 'appointments.create', 'Oppnevning registrert'],
      ['kari', 'units.create', 'Enhet opprettet'],
    ]);
    expect(entries[2]?.entityId).toBe(unit.id);
    expect(Date.parse(entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    const everything = JSON.stringify(ola.context.sqlite.prepare('SELECT * FROM change_log').all());
    for (const text of ['Hemmelig', 'Ola Hemmeligsen', 'Fortrolig']) expect(everything).not.toContain(text);

    expect(await ok(ola, 'changeLog.filters', undefined)).toEqual({
      users: ['kari', 'ola'],
      areas: ['appointments', 'settings', 'units'],
    });
    expect((await ok(ola, 'changeLog.list', { user: 'kari' })).map((e) => e.method)).toEqual([
      'appointments.create',
      'units.create',
    ]);
    expect((await ok(ola, 'changeLog.list', { area: 'units' })).map((e) => e.method)).toEqual(['units.create']);
    expect(await ok(ola, 'changeLog.list', { area: '%' })).toEqual([]);
    ola.close();
  });

  test('a period is calendar days in Norway, not in UTC', async () => {
    const app = await openApp({ dataFile: path.join(tempDir(), 'akan.sqlite'), dailyBackups: false });
    const insert = app.context.sqlite.prepare(
      `INSERT INTO change_log (at, user, method, label) VALUES (?, 'kari', 'units.create', 'Enhet opprettet')`,
    );
    insert.run('2026-03-31T21:59:00.000Z'); // 31.03 23:59 in Oslo (summer time)
    insert.run('2026-03-31T22:30:00.000Z'); // 01.04 00:30 in Oslo
    insert.run('2026-12-31T22:59:00.000Z'); // 31.12 23:59 in Oslo (winter time)
    insert.run('2026-12-31T23:30:00.000Z'); // 01.01 00:30 in Oslo
    const at = async (from: string, to: string) => (await ok(app, 'changeLog.list', { from, to })).map((e) => e.at);
    expect(await at('2026-04-01', '2026-04-01')).toEqual(['2026-03-31T22:30:00.000Z']);
    expect(await at('2026-03-31', '2026-03-31')).toEqual(['2026-03-31T21:59:00.000Z']);
    expect(await at('2026-12-31', '2026-12-31')).toEqual(['2026-12-31T22:59:00.000Z']);
    expect(await at('2027-01-01', '2027-01-31')).toEqual(['2026-12-31T23:30:00.000Z']);
    expect((await fails(app, 'changeLog.list', { from: '2026-02-30' })).fields.from).toBeTruthy();
    app.close();
  });
});

describe('the Endringslogg screen reads a page at a time', () => {
  test('200 newest first per page, the total, a page past the end is the last one, and the filters apply', async () => {
    const app = await openApp({ dataFile: path.join(tempDir(), 'akan.sqlite'), user: 'kari', dailyBackups: false });
    app.context.sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 450)
         INSERT INTO change_log (user, method, label) SELECT CASE WHEN i % 3 = 0 THEN 'ola' ELSE 'kari' END,
           CASE WHEN i % 2 = 0 THEN 'units.create' ELSE 'plan.create' END, 'Rad ' || i FROM n`,
      )
      .run();
    const first = await ok(app, 'changeLog.page', {});
    expect(first).toMatchObject({ total: 450, page: 1, pageCount: 3 });
    expect(first.entries).toHaveLength(200);
    expect(first.entries[0]?.label).toBe('Rad 450');
    const last = await ok(app, 'changeLog.page', { page: 9 });
    expect(last).toMatchObject({ page: 3 });
    expect(last.entries.map((e) => e.label).at(-1)).toBe('Rad 1');
    expect(last.entries).toHaveLength(50);
    const ola = await ok(app, 'changeLog.page', { user: 'ola', area: 'units' });
    expect(ola.total).toBe(75);
    expect(ola.entries.every((e) => e.user === 'ola' && e.method === 'units.create')).toBe(true);
    expect((await fails(app, 'changeLog.page', { page: 0 })).fields.page).toBe('Velg en gyldig side.');
    app.close();
  });
});
