import fs from 'node:fs';
import { expect, test } from 'vitest';
import { shippedTags } from '../../../support/migrations';

test('every shipped migration has its own test that migrates real rows', () => {
  const tests = new Set(fs.readdirSync(__dirname));
  const untested = shippedTags().filter((tag) => !tests.has(`${tag}.test.ts`));
  expect(untested, 'add tests/unit/db/migrations/<tag>.test.ts using migrateOneStep').toEqual([]);
});
