import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openApp } from '../../../core/app';
import { checkDataFile } from '../../../core/backups/check';
import { DEFAULT_SETTINGS } from '../../../core/settings/contract';
import { readStoredSettings } from '../../../core/settings/stored';
import { ok, tempDir } from '../../support/app';

describe('settings are read through their schema', () => {
  test('a broken stored value falls back to its default and is reported; a valid one is kept', () => {
    const read = readStoredSettings([
      { key: 'disclosureK', value: '{ikke json' },
      { key: 'coverageYears', value: '"fem"' },
      { key: 'trainingReminderDays', value: '30' },
      { key: 'backupFolder', value: '"relativ"' },
      { key: 'ukjent', value: '1' },
    ]);
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, trainingReminderDays: 30 });
    expect(read.problems).toHaveLength(4);
    expect(read.problems.join(' ')).toMatch(
      /Skjermingsgrense.*JSON.*Antall år for dekning.*Mappe for sikkerhetskopier.*Ukjent innstilling «ukjent»/,
    );
  });

  test('bad values stored in the data file never break a screen, and check calls the file not healthy', async () => {
    const dataFile = path.join(tempDir(), 'akan.sqlite');
    const app = await openApp({ dataFile, user: 'kari', dailyBackups: false, today: '2026-11-23' });
    await ok(app, 'settings.update', { organisationName: 'Testkommune' });
    const backup = await ok(app, 'backups.create', {});
    const store = app.context.sqlite.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
    store.run('disclosureK', 'ikke json');
    store.run('agreementLastRevised', '"for lenge siden"');
    store.run('mainContactLeadDays', '-5');
    const settings = await ok(app, 'settings.get', undefined);
    expect(settings).toMatchObject({
      organisationName: 'Testkommune',
      disclosureK: 3,
      agreementLastRevised: null,
      mainContactLeadDays: 120,
    });
    await ok(app, 'reminders.list', {});
    await ok(app, 'statistics.publish', { year: 2026 });
    await ok(app, 'backups.status', {});
    app.close();

    expect(checkDataFile(dataFile)).toMatchObject({
      healthy: false,
      message: expect.stringMatching(/Skjermingsgrense/),
    });
    const reopened = await openApp({ dataFile, user: 'kari', dailyBackups: false });
    await ok(reopened, 'backups.restore', { file: backup.file });
    expect(checkDataFile(dataFile).healthy).toBe(true);
    reopened.close();
  });
});
