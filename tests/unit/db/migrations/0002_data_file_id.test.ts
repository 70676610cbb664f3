import { expect, test } from 'vitest';
import { migrateOneStep, rowsKept } from '../../../support/migrationStep';

const dataFileId = (step: ReturnType<typeof migrateOneStep>) =>
  step.after.prepare(`SELECT value FROM settings WHERE key = 'dataFileId'`).pluck().get() as string | undefined;

test('0002 keeps every row of every table and gives the file a random identity', () => {
  const first = migrateOneStep('0002_data_file_id');
  expect(first.seeded.length).toBeGreaterThan(15);
  const kept = rowsKept(first);
  expect({ ...kept, settings: kept.settings?.filter((s) => s.key !== 'dataFileId') }).toEqual(first.before);
  expect(JSON.parse(dataFileId(first)!)).toMatch(/^[0-9a-f]{16}$/);
  expect(dataFileId(migrateOneStep('0002_data_file_id'))).not.toBe(dataFileId(first));
});

test('0002 leaves an identity the file already has', () => {
  const step = migrateOneStep('0002_data_file_id', (sqlite) =>
    sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('dataFileId', '"00112233aabbccdd"')`).run(),
  );
  expect(dataFileId(step)).toBe('"00112233aabbccdd"');
});
