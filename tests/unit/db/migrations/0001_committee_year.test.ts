import { expect, test } from 'vitest';
import { migrateOneStep, rowsKept } from '../../../support/migrationStep';
import { seedEveryTable, userTables } from '../../../support/sampleRows';

test('0001 keeps every foundation row and adds the areas of the committee year', () => {
  const step = migrateOneStep('0001_committee_year');
  expect(step.seeded.sort()).toEqual(['appointments', 'change_log', 'committee_members', 'settings', 'units']);
  expect(rowsKept(step)).toEqual(step.before);
  expect(step.after.prepare('SELECT archived_with_id FROM units').pluck().get()).toBeNull();
  for (const table of ['trainings', 'campaigns', 'plan_items', 'amu_cases', 'statistics_counts', 'annual_reports']) {
    expect(userTables(step.after)).toContain(table);
  }
  seedEveryTable(step.after);
  expect(step.after.prepare('SELECT count(*) FROM training_participants').pluck().get()).toBe(1);
  expect(step.after.pragma('foreign_key_check')).toEqual([]);
});

test('0001 refuses a negative participant count and a fifth quarter', () => {
  const { after } = migrateOneStep('0001_committee_year');
  seedEveryTable(after);
  expect(() => after.prepare('UPDATE training_participants SET count = -1').run()).toThrow(/CHECK/);
  expect(() => after.prepare('UPDATE statistics_counts SET quarter = 5').run()).toThrow(/CHECK/);
});
