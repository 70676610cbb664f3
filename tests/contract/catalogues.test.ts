import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { contract } from '../../core/contract';
import { fails, failsLatest, freshApp, ok, okLatest } from '../support/app';

let app: AppHandle;

beforeEach(async () => {
  app = await freshApp();
});

/** The three editable catalogues, with what each needs besides a name. */
const CATALOGUES = [
  { area: 'trainingTopics', the: 'Emnet', more: {} },
  { area: 'campaignThemes', the: 'Temaet', more: {} },
  { area: 'statisticsIndicators', the: 'Indikatoren', more: { description: null, measure: 'flow' } },
] as const;

/** The catalogues' methods take the same inputs, so one area's method type stands for all three. */
const call = <A extends 'list' | 'create' | 'update' | 'archive' | 'restore' | 'remove'>(area: string, action: A) =>
  `${area}.${action}` as `trainingTopics.${A}`;

describe.each(CATALOGUES)('the $area catalogue', ({ area, the, more }) => {
  test('has the one set of methods, every change to an entry guarded by its version', () => {
    const names = Object.keys(contract).filter((m) => m.startsWith(`${area}.`));
    expect(names.sort()).toEqual(
      ['archive', 'create', 'list', 'remove', 'restore', 'update'].map((m) => `${area}.${m}`),
    );
    for (const m of ['update', 'archive', 'restore', 'remove']) {
      expect(contract[`${area}.${m}` as keyof typeof contract].guard, m).toBeDefined();
    }
  });

  test('names are unique regardless of case; archive and restore once each; an unused entry can be deleted', async () => {
    const entry = await ok(app, call(area, 'create'), { name: 'Ny oppføring', ...more });
    expect((await fails(app, call(area, 'create'), { name: 'NY OPPFØRING', ...more })).fields.name).toMatch(
      /^Det finnes allerede (et|en) \S+ som heter «Ny oppføring»\.$/,
    );
    await okLatest(app, call(area, 'archive'), { id: entry.id });
    expect((await fails(app, call(area, 'create'), { name: 'ny oppføring', ...more })).fields.name).toMatch(
      /er arkivert – hent (det|den) fram igjen/,
    );
    expect((await failsLatest(app, call(area, 'archive'), { id: entry.id })).message).toBe(
      `${the} «Ny oppføring» er allerede arkivert.`,
    );
    await okLatest(app, call(area, 'restore'), { id: entry.id });
    expect((await failsLatest(app, call(area, 'restore'), { id: entry.id })).message).toBe(
      `${the} «Ny oppføring» er ikke arkivert.`,
    );
    await okLatest(app, call(area, 'remove'), { id: entry.id });
    const list = await ok(app, call(area, 'list'), { includeArchived: true });
    expect(list.some((e) => e.id === entry.id)).toBe(false);
  });

  test('a rename made from a stale copy is refused as a conflict', async () => {
    const entry = await ok(app, call(area, 'create'), { name: 'Første navn', ...more });
    await ok(app, call(area, 'update'), {
      id: entry.id,
      version: entry.version,
      name: 'Andre navn',
      ...more,
    });
    const stale = await fails(app, call(area, 'update'), {
      id: entry.id,
      version: entry.version,
      name: 'Tredje navn',
      ...more,
    });
    expect(stale.code).toBe('conflict');
  });
});
