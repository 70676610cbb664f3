import { expect, test } from 'vitest';
import { migrateOneStep, rowsKept } from '../../../support/migrationStep';

const terms = (step: ReturnType<typeof migrateOneStep>) =>
  step.after.prepare('SELECT indicator_id, term_id, sign FROM statistics_indicator_terms ORDER BY term_id').all();

test('0003 keeps every row and gives a file with the default catalogue its relation', () => {
  const step = migrateOneStep('0003_indicator_terms', (sqlite) =>
    sqlite.exec(`INSERT INTO statistics_indicators (id, name, measure, sort_order) VALUES
      (3, 'Avsluttede Akan-avtaler – fullført', 'flow', 3),
      (4, 'Avsluttede Akan-avtaler – avbrutt eller overført til personalsak', 'flow', 4)`),
  );
  expect(step.seeded).not.toContain('statistics_indicator_terms');
  expect(rowsKept(step)).toEqual(step.before);
  expect(terms(step)).toEqual([
    { indicator_id: 1, term_id: 2, sign: 1 },
    { indicator_id: 1, term_id: 3, sign: -1 },
    { indicator_id: 1, term_id: 4, sign: -1 },
  ]);
  expect(step.after.pragma('foreign_key_check')).toEqual([]);
});

test('0003 adds no relation to a catalogue the committee has made its own', () => {
  const step = migrateOneStep('0003_indicator_terms', (sqlite) =>
    sqlite.prepare(`UPDATE statistics_indicators SET name = 'Avtaler i alt' WHERE id = 1`).run(),
  );
  expect(terms(step)).toEqual([]);
  expect(() => step.after.prepare('INSERT INTO statistics_indicator_terms VALUES (1, 1, 1)').run()).toThrow(/CHECK/);
});
