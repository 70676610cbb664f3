import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { Unit } from '../../core/units/contract';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';
import { createHealthSector } from '../support/units';

let app: AppHandle;
let helse: Unit;
let hjemme: Unit;
let sykehjem: Unit;
let avdeling: Unit;

beforeEach(async () => {
  app = await freshApp();
  ({ helse, hjemme, sykehjem } = await createHealthSector(app));
  avdeling = await ok(app, 'units.create', {
    name: 'Avdeling 1',
    parentId: sykehjem.id,
    headcount: 30,
    leaderCount: null,
  });
});

const fields = (unit: Unit, changes: Partial<Unit> = {}) => {
  const { name, parentId, headcount, leaderCount } = { ...unit, ...changes };
  return { id: unit.id, name, parentId, headcount, leaderCount };
};

describe('units.tree', () => {
  test('lists each unit right after its parent with depth, path and totals of the active units below', async () => {
    await ok(app, 'units.create', { name: 'Bibliotek' });
    const { rows: tree } = await ok(app, 'units.tree', undefined);
    expect(tree.map((u) => [u.path, u.depth, u.childCount])).toEqual([
      ['Bibliotek', 0, 0],
      ['Helse og omsorg', 0, 2],
      ['Helse og omsorg › Hjemmetjenesten', 1, 0],
      ['Helse og omsorg › Sykehjemmet', 1, 1],
      ['Helse og omsorg › Sykehjemmet › Avdeling 1', 2, 0],
    ]);
    const byName = new Map(tree.map((u) => [u.name, u]));
    expect(byName.get('Helse og omsorg')).toMatchObject({ headcount: null, totalHeadcount: 235, totalLeaderCount: 14 });
    expect(byName.get('Sykehjemmet')).toMatchObject({ totalHeadcount: 150, totalLeaderCount: 8 });
    expect(byName.get('Bibliotek')).toMatchObject({ totalHeadcount: null, totalLeaderCount: null });
  });
});

describe('units.tree, a page at a time', () => {
  test('a large organisation comes 200 rows a page in tree order, with totals over the whole tree; `all` gives it whole', async () => {
    const big = await ok(app, 'units.create', { name: 'Alfa sektor' });
    for (let i = 1; i <= 205; i++)
      await ok(app, 'units.create', { name: `Enhet ${String(i).padStart(3, '0')}`, parentId: big.id, headcount: 2 });
    const first = await ok(app, 'units.tree', {});
    expect(first).toMatchObject({ total: 210, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(200);
    expect(first.rows[0]).toMatchObject({ name: 'Alfa sektor', childCount: 205, totalHeadcount: 410 });
    const second = await ok(app, 'units.tree', { page: 2 });
    expect(second).toMatchObject({ total: 210, page: 2, pageCount: 2 });
    expect(second.rows.map((u) => u.path)).toEqual([
      'Alfa sektor › Enhet 200',
      'Alfa sektor › Enhet 201',
      'Alfa sektor › Enhet 202',
      'Alfa sektor › Enhet 203',
      'Alfa sektor › Enhet 204',
      'Alfa sektor › Enhet 205',
      'Helse og omsorg',
      'Helse og omsorg › Hjemmetjenesten',
      'Helse og omsorg › Sykehjemmet',
      'Helse og omsorg › Sykehjemmet › Avdeling 1',
    ]);
    expect((await ok(app, 'units.tree', { page: 9 })).page).toBe(2);
    const whole = await ok(app, 'units.tree', { all: true });
    expect(whole).toMatchObject({ total: 210, page: 1, pageCount: 1 });
    expect(whole.rows.map((u) => u.id)).toEqual([...first.rows, ...second.rows].map((u) => u.id));
  });

  test('a page or `all` that is not one is refused with a message at its field', async () => {
    expect((await fails(app, 'units.tree', { page: 0 })).fields).toEqual({ page: 'Velg en gyldig side.' });
    expect((await fails(app, 'units.tree', { all: 'ja' })).fields).toEqual({
      all: 'Velg om hele enhetstreet skal vises.',
    });
  });
});

describe('units.create and units.update', () => {
  test('rename, change counts and move a unit to another parent or to the top', async () => {
    const renamed = await okLatest(
      app,
      'units.update',
      fields(hjemme, { name: 'Hjemmebaserte tjenester', headcount: 90 }),
    );
    expect(renamed).toMatchObject({
      name: 'Hjemmebaserte tjenester',
      headcount: 90,
      leaderCount: 6,
      parentId: helse.id,
    });
    const moved = await okLatest(app, 'units.update', fields(avdeling, { parentId: hjemme.id }));
    expect(moved.parentId).toBe(hjemme.id);
    expect((await okLatest(app, 'units.update', fields(avdeling, { parentId: null }))).parentId).toBeNull();
  });

  test('a unit cannot be moved under itself or under one of its own descendants', async () => {
    expect((await failsLatest(app, 'units.update', fields(helse, { parentId: helse.id }))).fields.parentId).toBe(
      'En enhet kan ikke ligge under seg selv. Velg en annen overordnet enhet.',
    );
    expect((await failsLatest(app, 'units.update', fields(helse, { parentId: avdeling.id }))).fields.parentId).toBe(
      '«Avdeling 1» ligger under «Helse og omsorg». En enhet kan ikke flyttes inn under sin egen underenhet – velg en annen overordnet enhet.',
    );
    expect((await ok(app, 'units.list', {})).find((u) => u.id === helse.id)?.parentId).toBeNull();
  });

  test('the parent must exist and be active', async () => {
    expect((await failsLatest(app, 'units.update', fields(avdeling, { parentId: 999 }))).fields.parentId).toMatch(
      /finnes ikke eller er arkivert/,
    );
    const old = await ok(app, 'units.create', { name: 'Gammel sektor' });
    await okLatest(app, 'units.archive', { id: old.id });
    expect((await fails(app, 'units.create', { name: 'Ny', parentId: old.id })).fields.parentId).toMatch(
      /finnes ikke eller er arkivert/,
    );
  });

  test('two active units under the same parent cannot share a name (case is ignored)', async () => {
    const error = await fails(app, 'units.create', { name: 'sykehjemmet', parentId: helse.id });
    expect(error.fields.name).toBe(
      'Det finnes allerede en enhet som heter «Sykehjemmet» under «Helse og omsorg». Velg et annet navn.',
    );
    expect((await fails(app, 'units.create', { name: 'Helse og omsorg' })).fields.name).toMatch(/på øverste nivå/);
    await ok(app, 'units.create', { name: 'Sykehjemmet', parentId: null });
    await okLatest(app, 'units.update', fields(sykehjem, { headcount: 121 }));
  });

  test('more leaders than employees, negative or fractional counts, and identity numbers are refused', async () => {
    expect((await failsLatest(app, 'units.update', fields(hjemme, { leaderCount: 86 }))).fields.leaderCount).toBe(
      'Antall ledere kan ikke være større enn antall ansatte. Sjekk tallene.',
    );
    expect((await fails(app, 'units.create', { name: 'X', leaderCount: -2 })).fields.leaderCount).toBe(
      'Antall ledere kan ikke være negativt.',
    );
    expect((await fails(app, 'units.create', { name: 'X', headcount: 2.5 })).fields.headcount).toBe(
      'Antall ansatte må være et heltall.',
    );
    expect((await fails(app, 'units.create', { name: 'Enhet 15076500565' })).fields.name).toBe(NATIONAL_ID_MESSAGE);
    expect((await fails(app, 'units.create', { name: '   ' })).fields.name).toBe('Skriv navnet på enheten.');
    expect((await failsLatest(app, 'units.update', { ...fields(hjemme), id: 999 })).code).toBe('not_found');
  });
});

describe('units.archive and units.restore', () => {
  test('a unit with active units below is refused unless they are archived along with it', async () => {
    const refused = await failsLatest(app, 'units.archive', { id: helse.id });
    expect(refused.fields.includeDescendants).toBe(
      '«Helse og omsorg» har 3 aktive underenheter («Hjemmetjenesten», «Sykehjemmet» og «Avdeling 1»). Arkiver dem først, eller velg å arkivere dem sammen med «Helse og omsorg».',
    );
    expect(await ok(app, 'units.list', {})).toHaveLength(4);

    const archived = await okLatest(app, 'units.archive', { id: helse.id, includeDescendants: true });
    expect(archived).toMatchObject({ archived: true });
    expect(archived.affectedIds.sort()).toEqual([helse.id, hjemme.id, sykehjem.id, avdeling.id].sort());
    expect(await ok(app, 'units.list', {})).toEqual([]);
    expect((await ok(app, 'units.list', { includeArchived: true })).every((u) => u.archived)).toBe(true);
    expect((await failsLatest(app, 'units.archive', { id: helse.id })).message).toBe(
      '«Helse og omsorg» er allerede arkivert.',
    );
  });

  test('archiving the units below first, then the parent, needs no flag', async () => {
    await okLatest(app, 'units.archive', { id: avdeling.id });
    await okLatest(app, 'units.archive', { id: sykehjem.id });
    await okLatest(app, 'units.archive', { id: hjemme.id });
    expect((await okLatest(app, 'units.archive', { id: helse.id })).affectedIds).toEqual([helse.id]);
  });

  test('restoring brings back exactly the units that were archived together', async () => {
    await okLatest(app, 'units.archive', { id: hjemme.id });
    await okLatest(app, 'units.archive', { id: helse.id, includeDescendants: true });
    const restored = await okLatest(app, 'units.restore', { id: helse.id, includeDescendants: true });
    expect(restored.affectedIds.sort()).toEqual([helse.id, sykehjem.id, avdeling.id].sort());
    expect((await ok(app, 'units.list', {})).map((u) => u.name)).toEqual([
      'Avdeling 1',
      'Helse og omsorg',
      'Sykehjemmet',
    ]);
    expect((await okLatest(app, 'units.restore', { id: hjemme.id })).archived).toBe(false);
    expect((await failsLatest(app, 'units.restore', { id: hjemme.id })).message).toBe(
      '«Hjemmetjenesten» er ikke arkivert.',
    );
  });

  test('a unit under an archived parent cannot be restored until the parent is, or the unit is moved', async () => {
    await okLatest(app, 'units.archive', { id: sykehjem.id, includeDescendants: true });
    expect((await failsLatest(app, 'units.restore', { id: avdeling.id })).fields.parentId).toBe(
      '«Avdeling 1» ligger under «Sykehjemmet», som er arkivert. Gjenopprett «Sykehjemmet» først, eller flytt enheten.',
    );
    await okLatest(app, 'units.update', fields(avdeling, { parentId: hjemme.id }));
    expect((await okLatest(app, 'units.restore', { id: avdeling.id })).archived).toBe(false);
  });

  test('an archived unit keeps its references and shows in the tree on request', async () => {
    const topic = (await ok(app, 'trainingTopics.list', undefined))[0]!;
    const session = await ok(app, 'trainings.create', {
      topicId: topic.id,
      audiences: ['leaders'],
      unitIds: [hjemme.id],
      start: '2026-11-02T09:00',
      end: '2026-11-02T12:00',
    });
    await okLatest(app, 'units.archive', { id: hjemme.id });
    expect((await ok(app, 'trainings.get', { id: session.id })).units).toEqual([
      { id: hjemme.id, name: 'Hjemmetjenesten' },
    ]);
    expect((await ok(app, 'units.tree', {})).rows.map((u) => u.name)).not.toContain('Hjemmetjenesten');
    const { rows: all } = await ok(app, 'units.tree', { includeArchived: true });
    expect(all.find((u) => u.name === 'Hjemmetjenesten')).toMatchObject({ archived: true, depth: 1 });
    expect(all.find((u) => u.name === 'Helse og omsorg')).toMatchObject({ childCount: 1, totalLeaderCount: 8 });
    expect((await failsLatest(app, 'units.archive', { id: 999 })).code).toBe('not_found');
  });
});

describe('a choice of unit in a large organisation (units.list choiceAround)', () => {
  test('up to a page of units every unit is offered; bad input is refused at the field', async () => {
    const all = await ok(app, 'units.list', {});
    expect(await ok(app, 'units.list', { choiceAround: null })).toEqual(all);
    expect(await ok(app, 'units.list', { choiceAround: hjemme.id })).toEqual(all);
    expect((await fails(app, 'units.list', { choiceAround: 'Hjemmetjenesten' })).fields.choiceAround).toBe(
      'Velg en gyldig enhet.',
    );
  });

  test('above a page: the sectors, and every unit in the sector of the one chosen, however deep', async () => {
    const oppvekst = await ok(app, 'units.create', { name: 'Oppvekst' });
    for (let i = 1; i <= 200; i++)
      await ok(app, 'units.create', { name: `Skole ${String(i).padStart(3, '0')}`, parentId: oppvekst.id });
    const names = async (choiceAround: number | null) =>
      (await ok(app, 'units.list', { choiceAround })).map((u) => u.name).sort();
    expect(await names(null)).toEqual(['Helse og omsorg', 'Oppvekst']);
    const helseUnits = ['Avdeling 1', 'Helse og omsorg', 'Hjemmetjenesten', 'Oppvekst', 'Sykehjemmet'];
    expect(await names(helse.id)).toEqual(helseUnits);
    expect(await names(avdeling.id)).toEqual(helseUnits);
    const aroundSchool = await names(oppvekst.id);
    expect(aroundSchool).toHaveLength(202);
    expect(aroundSchool).not.toContain('Hjemmetjenesten');
  });
});
