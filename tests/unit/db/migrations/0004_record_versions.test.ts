import { expect, test } from 'vitest';
import { migrateOneStep, rowsKept } from '../../../support/migrationStep';

const VERSIONED = [
  'amu_cases',
  'annual_reports',
  'appointments',
  'campaign_themes',
  'campaigns',
  'committee_members',
  'plan_items',
  'statistics_counts',
  'statistics_indicators',
  'training_topics',
  'trainings',
  'units',
];

test('0004 keeps every row and starts every record at version 1 with nobody named', () => {
  const step = migrateOneStep('0004_record_versions');
  expect(rowsKept(step)).toEqual(step.before);
  for (const table of VERSIONED) {
    expect(step.seeded, table).toContain(table);
    const rows = step.after.prepare(`SELECT version, updated_by FROM ${table}`).all();
    expect(rows.length, table).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => JSON.stringify(r))), table).toEqual(
      new Set([JSON.stringify({ version: 1, updated_by: null })]),
    );
  }
  expect(step.after.pragma('foreign_key_check')).toEqual([]);
});

test('0004 gives a record added afterwards version 1 too', () => {
  const step = migrateOneStep('0004_record_versions');
  step.after.prepare(`INSERT INTO training_topics (name) VALUES ('Nytt emne')`).run();
  expect(step.after.prepare(`SELECT version FROM training_topics WHERE name = 'Nytt emne'`).get()).toEqual({
    version: 1,
  });
});
