import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openApp } from '../../../core/app';
import { ok, tempDir, okLatest } from '../../support/app';

function holds(file: string, marker: string): boolean {
  return fs.readFileSync(file).includes(Buffer.from(marker, 'utf8'));
}

describe('deleted means deleted (secure_delete, copies without free pages)', () => {
  test('a removed record is in none of the data file, a new backup and a new export', async () => {
    const dir = tempDir();
    const dataFile = path.join(dir, 'akan.sqlite');
    const marker = `MARKØR-${crypto.randomBytes(8).toString('hex')}`;
    const app = await openApp({ dataFile, user: 'kari', dailyBackups: false, backupFolder: path.join(dir, 'kopier') });
    const unit = await ok(app, 'units.create', { name: 'Helse' });
    for (let i = 0; i < 30; i++) {
      await ok(app, 'appointments.create', {
        role: 'unitContact',
        unitId: unit.id,
        personName: `Person ${i}`,
        termStart: '2026-01-01',
        termEnd: '2027-12-31',
        notes: `Vanlig notat ${i} ${'x'.repeat(300)}`,
      });
    }
    const secret = await ok(app, 'appointments.create', {
      role: 'unitContact',
      unitId: unit.id,
      personName: 'Skal bort',
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
      notes: `${marker} ${'y'.repeat(1500)}`,
    });
    const before = await ok(app, 'backups.create', {});
    expect(holds(before.file, marker)).toBe(true);

    await okLatest(app, 'appointments.remove', { id: secret.id });
    const after = await ok(app, 'backups.create', {});
    const exported = path.join(dir, 'alt.akan');
    await ok(app, 'backups.export', { file: exported });
    app.close();

    expect(fs.existsSync(`${dataFile}-wal`)).toBe(false);
    expect(holds(dataFile, marker)).toBe(false);
    expect(holds(after.file, marker)).toBe(false);
    expect(holds(exported, marker)).toBe(false);
  });
});
