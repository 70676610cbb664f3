import { expect, test } from 'vitest';
import { compareNames } from '../../../core/names';
import { freshApp, ok } from '../../support/app';

const NAMES = ['Skole 10', 'Ås skole', 'Skole 2', 'Østre', 'Aurskog', 'Ærfugl', 'skole 3'];
const ORDERED = ['Aurskog', 'Skole 2', 'skole 3', 'Skole 10', 'Ærfugl', 'Østre', 'Ås skole'];

test('names are in Norwegian alphabetical order, with numbers by value', () => {
  expect([...NAMES].sort(compareNames)).toEqual(ORDERED);
});

test('units come in that order from the contract, in the list and in the tree', async () => {
  const app = await freshApp();
  for (const name of NAMES) await ok(app, 'units.create', { name });
  expect((await ok(app, 'units.list', {})).map((u) => u.name)).toEqual(ORDERED);
  expect((await ok(app, 'units.tree', {})).rows.map((u) => u.name)).toEqual(ORDERED);
  app.close();
});
