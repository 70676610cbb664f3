import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
let themeId: number;

beforeEach(async () => {
  app = await freshApp();
  themeId = (await ok(app, 'campaignThemes.list', {})).find((t) => t.name === 'Alkohol')!.id;
});

const campaign = (overrides: Record<string, unknown> = {}) => ({
  title: 'Alkoholfritt julebord',
  themeId,
  channels: ['intranet', 'email'],
  periodStart: '2026-11-15',
  periodEnd: '2026-12-20',
  status: 'ongoing',
  ...overrides,
});

const create = async (overrides: Record<string, unknown> = {}) =>
  ok(app, 'campaigns.create', campaign(overrides) as never);

describe('theme catalogue', () => {
  test('a new data file offers the six default themes, alphabetically', async () => {
    expect((await ok(app, 'campaignThemes.list', {})).map((t) => t.name)).toEqual([
      'Alkohol',
      'Generelt',
      'Narkotika og legemidler',
      'Pengespill',
      'Rusmiddelpolicy',
      'Sosiale arrangementer',
    ]);
  });

  test('add, rename, archive and restore; names are unique regardless of case', async () => {
    const added = await ok(app, 'campaignThemes.create', { name: 'Arbeidsmiljø' });
    expect(added).toMatchObject({ name: 'Arbeidsmiljø', archived: false, campaignCount: 0 });
    expect((await fails(app, 'campaignThemes.create', { name: ' alkohol ' })).fields.name).toBe(
      'Det finnes allerede et tema som heter «Alkohol».',
    );
    expect((await okLatest(app, 'campaignThemes.update', { id: added.id, name: 'Arbeidsmiljø og trivsel' })).name).toBe(
      'Arbeidsmiljø og trivsel',
    );
    expect((await failsLatest(app, 'campaignThemes.update', { id: added.id, name: 'Pengespill' })).fields.name).toMatch(
      /Pengespill/,
    );
    expect(await okLatest(app, 'campaignThemes.update', { id: themeId, name: 'alkohol' })).toMatchObject({
      name: 'alkohol',
    });

    await okLatest(app, 'campaignThemes.archive', { id: added.id });
    expect((await ok(app, 'campaignThemes.list', {})).some((t) => t.id === added.id)).toBe(false);
    expect(
      (await ok(app, 'campaignThemes.list', { includeArchived: true })).find((t) => t.id === added.id)?.archived,
    ).toBe(true);
    expect((await fails(app, 'campaignThemes.create', { name: 'arbeidsmiljø og trivsel' })).fields.name).toBe(
      'Det finnes allerede et tema som heter «Arbeidsmiljø og trivsel». Det er arkivert – hent det fram igjen i stedet for å lage et nytt.',
    );
    expect((await failsLatest(app, 'campaignThemes.archive', { id: added.id })).message).toBe(
      'Temaet «Arbeidsmiljø og trivsel» er allerede arkivert.',
    );
    expect((await okLatest(app, 'campaignThemes.restore', { id: added.id })).archived).toBe(false);
    for (const method of ['campaignThemes.archive', 'campaignThemes.restore'] as const) {
      expect((await failsLatest(app, method, { id: 404 })).code, method).toBe('not_found');
    }
    expect((await failsLatest(app, 'campaignThemes.update', { id: 404, name: 'Nytt' })).code).toBe('not_found');
  });

  test('a used theme cannot be deleted, only archived; an unused one can', async () => {
    await create();
    const error = await failsLatest(app, 'campaignThemes.remove', { id: themeId });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toBe(
      'Temaet «Alkohol» brukes av 1 informasjonstiltak og kan ikke slettes. Arkiver det i stedet, så forsvinner det fra valglistene.',
    );
    const unused = await ok(app, 'campaignThemes.create', { name: 'Midlertidig' });
    expect(await okLatest(app, 'campaignThemes.remove', { id: unused.id })).toEqual({ id: unused.id });
    expect((await failsLatest(app, 'campaignThemes.remove', { id: unused.id })).code).toBe('not_found');
  });

  test('theme names are required, bounded and never hold an identity number', async () => {
    expect((await fails(app, 'campaignThemes.create', { name: '  ' })).fields.name).toBe('Skriv navnet på temaet.');
    expect((await fails(app, 'campaignThemes.create', { name: 'x'.repeat(81) })).fields.name).toMatch(/høyst 80 tegn/);
    expect((await fails(app, 'campaignThemes.create', { name: 'Tema 15076500565' })).fields.name).toBe(
      NATIONAL_ID_MESSAGE,
    );
  });
});

describe('campaigns.create and update', () => {
  test('stores every field and answers with names for theme and units', async () => {
    const unit = await ok(app, 'units.create', { name: 'Sykehjemmet' });
    const saved = await create({
      unitIds: [unit.id, unit.id],
      audiences: ['leaders', 'employees', 'leaders'],
      channels: ['poster', 'intranet', 'poster'],
      estimatedReach: 850,
      materials: ['https://intranett.eksempel.no/akan/julebord', ' ', 'https://eksempel.no/plakat.pdf'],
      evaluation: 'God respons.',
    });
    expect(saved).toMatchObject({
      title: 'Alkoholfritt julebord',
      themeName: 'Alkohol',
      units: [{ id: unit.id, name: 'Sykehjemmet' }],
      estimatedReach: 850,
      materials: ['https://intranett.eksempel.no/akan/julebord', 'https://eksempel.no/plakat.pdf'],
      evaluation: 'God respons.',
    });
    expect(saved.channels.sort()).toEqual(['intranet', 'poster']);
    expect(saved.audiences.sort()).toEqual(['employees', 'leaders']);
    expect(await ok(app, 'campaigns.get', { id: saved.id })).toEqual(saved);
  });

  test('end before start is refused at the end field; a one-day campaign is fine', async () => {
    const error = await fails(app, 'campaigns.create', campaign({ periodEnd: '2026-11-14' }));
    expect(error.fields).toEqual({ periodEnd: 'Sluttdato kan ikke være før startdato.' });
    await create({ periodEnd: '2026-11-15' });
  });

  test('impossible and missing dates are refused in Norwegian', async () => {
    const error = await fails(app, 'campaigns.create', campaign({ periodStart: '2026-02-30', periodEnd: '' }));
    expect(error.fields.periodStart).toBe('Skriv en gyldig startdato (dd.mm.åååå).');
    expect(error.fields.periodEnd).toBe('Skriv en gyldig sluttdato (dd.mm.åååå).');
    expect((await fails(app, 'campaigns.create', campaign({ periodStart: undefined }))).fields.periodStart).toBe(
      'Velg en dato.',
    );
  });

  test('a campaign cannot be completed before it has started (today is 23.11.2026)', async () => {
    const error = await fails(
      app,
      'campaigns.create',
      campaign({ periodStart: '2026-11-24', periodEnd: '2026-11-30', status: 'completed' }),
    );
    expect(error.fields.status).toBe(
      'Tiltaket starter 24.11.2026 og kan ikke være gjennomført ennå. Velg «Planlagt», eller rett startdatoen.',
    );
    await create({ periodStart: '2026-11-23', periodEnd: '2026-11-30', status: 'completed' });
    await create({ periodStart: '2026-11-24', periodEnd: '2026-11-30', status: 'planned' });
  });

  test('at least one channel, and only known channels, audiences and statuses', async () => {
    expect((await fails(app, 'campaigns.create', campaign({ channels: [] }))).fields.channels).toBe(
      'Velg minst én kanal.',
    );
    expect((await fails(app, 'campaigns.create', campaign({ channels: undefined }))).fields.channels).toBe(
      'Velg minst én kanal.',
    );
    expect((await fails(app, 'campaigns.create', campaign({ channels: ['fax'] }))).fields['channels.0']).toBe(
      'Velg en av kanalene i listen.',
    );
    expect((await fails(app, 'campaigns.create', campaign({ audiences: ['bosses'] }))).fields['audiences.0']).toBe(
      'Velg en av målgruppene i listen.',
    );
    expect((await fails(app, 'campaigns.create', campaign({ status: 'done' }))).fields.status).toMatch(/Velg status/);
  });

  test('theme and units must exist and be in use', async () => {
    expect((await fails(app, 'campaigns.create', campaign({ themeId: 999 }))).fields.themeId).toBe(
      'Temaet finnes ikke. Velg et tema fra listen.',
    );
    expect((await fails(app, 'campaigns.create', campaign({ unitIds: [999] }))).fields.unitIds).toMatch(
      /Enheten finnes ikke eller er arkivert/,
    );
    await okLatest(app, 'campaignThemes.archive', { id: themeId });
    expect((await fails(app, 'campaigns.create', campaign())).fields.themeId).toMatch(/«Alkohol» er arkivert/);
  });

  test('an edited campaign may keep its archived theme and archived units', async () => {
    const unit = await ok(app, 'units.create', { name: 'Gamle skolen' });
    const saved = await create({ unitIds: [unit.id] });
    await okLatest(app, 'campaignThemes.archive', { id: themeId });
    await okLatest(app, 'units.archive', { id: unit.id });
    const updated = await okLatest(app, 'campaigns.update', {
      id: saved.id,
      ...campaign({ title: 'Nytt navn', unitIds: [unit.id] }),
    } as never);
    expect(updated).toMatchObject({ title: 'Nytt navn', themeName: 'Alkohol', units: [{ id: unit.id }] });
    expect((await failsLatest(app, 'campaigns.update', { id: 404, ...campaign() })).code).toBe('not_found');
  });

  test('estimated reach is a whole, non-negative number', async () => {
    expect((await fails(app, 'campaigns.create', campaign({ estimatedReach: 12.5 }))).fields.estimatedReach).toBe(
      'Anslått antall nådd må være et heltall.',
    );
    expect((await fails(app, 'campaigns.create', campaign({ estimatedReach: -1 }))).fields.estimatedReach).toBe(
      'Anslått antall nådd kan ikke være negativt.',
    );
    expect((await create({ estimatedReach: null })).estimatedReach).toBeNull();
  });

  test('material links must be https addresses; the message names the link', async () => {
    const error = await fails(
      app,
      'campaigns.create',
      campaign({ materials: ['https://ok.eksempel.no', 'http://usikker.eksempel.no', 'plakat.pdf'] }),
    );
    expect(error.fields['materials.1']).toMatch(
      /^Lenke 2 \(http:\/\/usikker\.eksempel\.no\) er ikke en gyldig https-adresse\./,
    );
    expect(error.fields['materials.2']).toMatch(/^Lenke 3 \(plakat\.pdf\)/);
    expect(
      (await fails(app, 'campaigns.create', campaign({ materials: ['javascript:alert(1)'] }))).fields['materials.0'],
    ).toMatch(/https:\/\//);
    expect(
      (await fails(app, 'campaigns.create', campaign({ materials: ['https://eksempel.no/?fnr=15076500565'] }))).fields[
        'materials.0'
      ],
    ).toMatch(/fødselsnummer/);
  });

  test('identity numbers are refused in title and evaluation', async () => {
    for (const field of ['title', 'evaluation'] as const) {
      expect(
        (await fails(app, 'campaigns.create', campaign({ [field]: 'Gjelder 150765 00565' }))).fields[field],
        field,
      ).toBe(NATIONAL_ID_MESSAGE);
    }
  });

  test('nothing is written when a call is refused', async () => {
    await fails(app, 'campaigns.create', campaign({ periodEnd: '2026-01-01' }));
    expect((await ok(app, 'campaigns.list', {})).campaigns).toEqual([]);
    expect(await ok(app, 'changeLog.list', {})).toEqual([]);
  });
});

describe('campaigns.list', () => {
  test('filters by year (period touching it), theme, status and channel', async () => {
    const gambling = (await ok(app, 'campaignThemes.list', {})).find((t) => t.name === 'Pengespill')!.id;
    await create({ title: 'Over nyttår', periodStart: '2025-12-15', periodEnd: '2026-01-15', status: 'completed' });
    await create({
      title: 'Spillvett',
      themeId: gambling,
      channels: ['poster'],
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      status: 'completed',
    });
    await create({ title: 'Neste år', periodStart: '2027-02-01', periodEnd: '2027-02-28', status: 'planned' });

    const titles = async (filter: Record<string, unknown>) =>
      (await ok(app, 'campaigns.list', filter as never)).campaigns.map((c) => c.title);
    expect(await titles({})).toEqual(['Over nyttår', 'Spillvett']);
    expect(await titles({ year: 2025 })).toEqual(['Over nyttår']);
    expect(await titles({ year: 2027 })).toEqual(['Neste år']);
    expect(await titles({ themeId: gambling })).toEqual(['Spillvett']);
    expect(await titles({ channel: 'email' })).toEqual(['Over nyttår']);
    expect(await titles({ status: 'planned', year: 2027 })).toEqual(['Neste år']);
    expect(await titles({ status: 'ongoing' })).toEqual([]);
    expect((await ok(app, 'campaigns.list', {})).years).toEqual([2027, 2026, 2025]);
    expect((await fails(app, 'campaigns.list', { year: 1800 })).fields.year).toMatch(/mellom 2000 og 2100/);
  });

  test('the timeline shows a campaign in every month its period touches', async () => {
    await create({ title: 'Over nyttår', periodStart: '2025-12-15', periodEnd: '2026-02-15' });
    const { timeline } = await ok(app, 'campaigns.list', { year: 2026 });
    expect(timeline).toHaveLength(12);
    expect(timeline.map((m) => m.entries.length)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(timeline[1]?.entries[0]).toMatchObject({
      title: 'Over nyttår',
      periodStart: '2025-12-15',
      periodEnd: '2026-02-15',
      status: 'ongoing',
    });
  });
});

describe('campaigns.remove', () => {
  test('removes a campaign with its channels, units and links', async () => {
    const saved = await create({ materials: ['https://eksempel.no/a'] });
    expect(await okLatest(app, 'campaigns.remove', { id: saved.id })).toEqual({ id: saved.id });
    expect((await fails(app, 'campaigns.get', { id: saved.id })).code).toBe('not_found');
    expect((await failsLatest(app, 'campaigns.remove', { id: saved.id })).code).toBe('not_found');
  });

  test('a campaign a plan item relies on is kept', async () => {
    const saved = await create();
    await ok(app, 'plan.create', {
      year: 2026,
      activity: 'Julebordkampanje',
      kind: 'campaign',
      status: 'inProgress',
      campaignId: saved.id,
    });
    const error = await failsLatest(app, 'campaigns.remove', { id: saved.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/koblet til planpunktet «Julebordkampanje» \(2026\)/);
    expect((await ok(app, 'campaigns.get', { id: saved.id })).title).toBe('Alkoholfritt julebord');
  });
});
