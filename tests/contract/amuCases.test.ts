import { beforeEach, describe, expect, test } from 'vitest';
import { DECISION_ON_DRAFT } from '../../core/amuCases/rules';
import type { AppHandle } from '../../core/app';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});

const amuCase = (overrides: Record<string, unknown> = {}) => ({
  kind: 'information',
  title: 'Orientering om AKAN-arbeidet',
  meetingDate: '2026-10-15',
  caseNumber: '23/2026',
  status: 'sent',
  ...overrides,
});
const create = async (overrides: Record<string, unknown> = {}) =>
  ok(app, 'amuCases.create', amuCase(overrides) as never);

describe('amuCases.create, update, get, list, remove', () => {
  test('stores a case and lists the newest meeting first, undated drafts on top', async () => {
    const first = await create({ meetingDate: '2026-03-10', title: 'Mars' });
    await create({ meetingDate: '2026-10-15', title: 'Oktober' });
    await create({ meetingDate: null, status: 'draft', title: 'Uten dato' });
    expect((await ok(app, 'amuCases.list', {})).cases.map((c) => c.title)).toEqual(['Uten dato', 'Oktober', 'Mars']);
    expect((await ok(app, 'amuCases.list', { status: 'draft' })).cases.map((c) => c.title)).toEqual(['Uten dato']);
    expect(await ok(app, 'amuCases.get', { id: first.id })).toMatchObject({
      caseNumber: '23/2026',
      status: 'sent',
      decisionText: null,
    });
    const updated = await okLatest(app, 'amuCases.update', {
      id: first.id,
      ...amuCase({
        status: 'treated',
        decisionText: 'Tatt til orientering.',
        decisionDate: '2026-03-10',
        meetingDate: '2026-03-10',
      }),
    } as never);
    expect(updated).toMatchObject({
      status: 'treated',
      decisionText: 'Tatt til orientering.',
      decisionDate: '2026-03-10',
    });
    expect(await okLatest(app, 'amuCases.remove', { id: first.id })).toEqual({ id: first.id });
    expect((await fails(app, 'amuCases.get', { id: first.id })).code).toBe('not_found');
    expect((await failsLatest(app, 'amuCases.update', { id: first.id, ...amuCase() })).code).toBe('not_found');
    expect((await failsLatest(app, 'amuCases.remove', { id: first.id })).code).toBe('not_found');
  });

  test('a decision on a draft is refused at both decision fields, and kept once the case is sent', async () => {
    const error = await fails(
      app,
      'amuCases.create',
      amuCase({ status: 'draft', decisionText: 'Vedtatt', decisionDate: '2026-10-15' }),
    );
    expect(error.fields).toEqual({ decisionText: DECISION_ON_DRAFT, decisionDate: DECISION_ON_DRAFT });
    expect(DECISION_ON_DRAFT).toMatch(/Sett status til «Sendt» eller «Behandlet»/);
    expect(
      (await fails(app, 'amuCases.create', amuCase({ status: 'draft', decisionDate: '2026-10-15' }))).fields,
    ).toEqual({ decisionDate: DECISION_ON_DRAFT });
    await create({ status: 'sent', decisionText: 'Vedtatt', decisionDate: '2026-10-15' });
  });

  test('decision dates are not in the future nor before the meeting (today is 23.11.2026)', async () => {
    expect(
      (
        await fails(
          app,
          'amuCases.create',
          amuCase({ status: 'treated', decisionDate: '2026-11-24', meetingDate: null }),
        )
      ).fields.decisionDate,
    ).toBe('Vedtaksdatoen kan ikke være fram i tid.');
    expect(
      (await fails(app, 'amuCases.create', amuCase({ status: 'treated', decisionDate: '2026-10-14' }))).fields
        .decisionDate,
    ).toBe('Vedtaket kan ikke være fattet før møtet 15.10.2026.');
    await create({ status: 'treated', decisionDate: '2026-11-23', meetingDate: '2026-11-23' });
  });

  test('a case cannot be treated before its meeting', async () => {
    const error = await fails(app, 'amuCases.create', amuCase({ status: 'treated', meetingDate: '2026-11-24' }));
    expect(error.fields.status).toBe(
      'Møtet er 24.11.2026. Saken kan ikke være behandlet før møtet er holdt – velg «Sendt».',
    );
    await create({ status: 'sent', meetingDate: '2026-11-24' });
  });

  test('impossible dates, unknown kinds and statuses are refused in Norwegian', async () => {
    const error = await fails(
      app,
      'amuCases.create',
      amuCase({ meetingDate: '2026-13-01', decisionDate: '31.12.2026' }),
    );
    expect(error.fields.meetingDate).toBe('Skriv en gyldig møtedato (dd.mm.åååå).');
    expect(error.fields.decisionDate).toBe('Skriv en gyldig vedtaksdato (dd.mm.åååå).');
    expect((await fails(app, 'amuCases.create', amuCase({ kind: 'budget' }))).fields.kind).toBe(
      'Velg hva saken gjelder.',
    );
    expect((await fails(app, 'amuCases.create', amuCase({ status: 'approved' }))).fields.status).toMatch(/Velg status/);
    expect((await fails(app, 'amuCases.create', amuCase({ title: ' ' }))).fields.title).toMatch(/Skriv en tittel/);
  });

  test('identity numbers are refused in every free-text field', async () => {
    for (const field of ['title', 'caseNumber', 'decisionText'] as const) {
      const error = await fails(app, 'amuCases.create', amuCase({ [field]: 'Sak 15076500565' }));
      expect(error.fields[field], field).toBe(NATIONAL_ID_MESSAGE);
    }
  });
});

describe('annual report cases', () => {
  test('need the year they report on, one case per year', async () => {
    expect((await fails(app, 'amuCases.create', amuCase({ kind: 'annualReport' }))).fields.reportYear).toBe(
      'Velg året årsrapporten gjelder.',
    );
    const report = await create({ kind: 'annualReport', reportYear: 2025, title: 'Årsrapport 2025' });
    const twin = await fails(app, 'amuCases.create', amuCase({ kind: 'annualReport', reportYear: 2025 }));
    expect(twin.fields.reportYear).toBe(
      'Årsrapporten for 2025 er allerede registrert («Årsrapport 2025»). Endre den saken i stedet.',
    );
    await okLatest(app, 'amuCases.update', {
      id: report.id,
      ...amuCase({ kind: 'annualReport', reportYear: 2025, title: 'Årsrapport 2025 (rettet)' }),
    } as never);
  });

  test('other kinds never keep a report year', async () => {
    expect((await create({ reportYear: 2025 })).reportYear).toBeNull();
  });
});

describe('appointment cases', () => {
  test('link to a hovedkontakt appointment, which is shown by name and term', async () => {
    const appointment = await ok(app, 'appointments.create', {
      role: 'mainContact',
      personName: 'Kari Nordmann',
      termStart: '2027-03-01',
    });
    const saved = await create({ kind: 'mainContactAppointment', appointmentId: appointment.id });
    expect(saved).toMatchObject({
      appointmentId: appointment.id,
      appointmentLabel: 'Kari Nordmann (01.03.2027–28.02.2029)',
    });
  });

  test('refuse unknown appointments and unit contacts; other kinds drop the link', async () => {
    const unit = await ok(app, 'units.create', { name: 'Skolen' });
    const contact = await ok(app, 'appointments.create', {
      role: 'unitContact',
      personName: 'Siri',
      unitId: unit.id,
      termStart: '2026-01-01',
    });
    expect(
      (await fails(app, 'amuCases.create', amuCase({ kind: 'mainContactAppointment', appointmentId: 999 }))).fields
        .appointmentId,
    ).toBe('Oppnevningen finnes ikke. Velg en oppnevning fra listen.');
    expect(
      (await fails(app, 'amuCases.create', amuCase({ kind: 'mainContactAppointment', appointmentId: contact.id })))
        .fields.appointmentId,
    ).toBe('Velg en oppnevning av hovedkontakt.');
    expect((await create({ appointmentId: contact.id })).appointmentId).toBeNull();
  });

  test('removing the appointment only unlinks the case', async () => {
    const appointment = await ok(app, 'appointments.create', {
      role: 'mainContact',
      personName: 'Kari',
      termStart: '2027-03-01',
    });
    const saved = await create({ kind: 'mainContactAppointment', appointmentId: appointment.id });
    await okLatest(app, 'appointments.remove', { id: appointment.id });
    expect(await ok(app, 'amuCases.get', { id: saved.id })).toMatchObject({
      appointmentId: null,
      appointmentLabel: null,
    });
  });
});

describe('amuCases.agreement: when the AKAN agreement was last revised', () => {
  const change = (overrides: Record<string, unknown> = {}) =>
    create({
      kind: 'agreementChange',
      title: 'Endring av AKAN-avtalen',
      status: 'treated',
      meetingDate: '2025-05-12',
      decisionDate: '2025-05-12',
      ...overrides,
    });

  test('unknown until registered', async () => {
    expect(await ok(app, 'amuCases.agreement', {})).toEqual({
      lastRevised: null,
      revisedByCaseId: null,
      revisedByCaseTitle: null,
      reviewYears: 2,
      reviewDue: null,
      reviewNeeded: true,
    });
  });

  test('follows the latest treated change proposal with a decision date', async () => {
    const older = await change({ meetingDate: '2023-05-10', decisionDate: '2023-05-10' });
    const latest = await change({ title: 'Pengespill i avtalen' });
    await change({ status: 'sent', meetingDate: '2026-10-01', decisionDate: null });
    await change({ status: 'treated', meetingDate: '2026-11-01', decisionDate: null });
    expect(await ok(app, 'amuCases.agreement', {})).toEqual({
      lastRevised: '2025-05-12',
      revisedByCaseId: latest.id,
      revisedByCaseTitle: 'Pengespill i avtalen',
      reviewYears: 2,
      reviewDue: '2027-05-12',
      reviewNeeded: false,
    });
    await okLatest(app, 'amuCases.remove', { id: latest.id });
    expect(await ok(app, 'amuCases.agreement', {})).toMatchObject({
      lastRevised: '2023-05-10',
      revisedByCaseId: older.id,
    });
  });

  test('the setting counts when it is later than any case (a revision from before the app), and the interval is a setting', async () => {
    await change();
    await ok(app, 'settings.update', { agreementLastRevised: '2025-09-01', agreementReviewYears: 3 });
    expect(await ok(app, 'amuCases.agreement', {})).toEqual({
      lastRevised: '2025-09-01',
      revisedByCaseId: null,
      revisedByCaseTitle: null,
      reviewYears: 3,
      reviewDue: '2028-09-01',
      reviewNeeded: false,
    });
    const refused = await fails(app, 'settings.update', { agreementLastRevised: 'ikke en dato' });
    expect(refused.fields.agreementLastRevised).toBe('Skriv datoen avtalen sist ble revidert (dd.mm.åååå).');
    expect((await ok(app, 'amuCases.agreement', {})).lastRevised).toBe('2025-09-01');
    await ok(app, 'settings.update', { agreementLastRevised: null });
    expect((await ok(app, 'amuCases.agreement', {})).lastRevised).toBe('2025-05-12');
  });
});

describe('AMU reminders', () => {
  const reminders = async (today: string, kind: string) =>
    (await ok(app, 'reminders.list', { today }))
      .filter((r) => r.kind === kind)
      .map((r) => `${r.severity}:${r.daysLeft}:${r.dueDate}`);

  describe('annual report for last year (due 31.03 by default, shown from 30 days before)', () => {
    const kind = 'annualReportNotSent';

    test('quiet until 30 days before; then the day before, the day of and the day after the due date', async () => {
      await create({ meetingDate: '2025-10-15', title: 'Orientering 2025' });
      expect(await reminders('2026-02-28', kind)).toEqual([]);
      expect(await reminders('2026-03-01', kind)).toEqual(['warning:30:2026-03-31']);
      expect(await reminders('2026-03-30', kind)).toEqual(['warning:1:2026-03-31']);
      expect(await reminders('2026-03-31', kind)).toEqual(['warning:0:2026-03-31']);
      expect(await reminders('2026-04-01', kind)).toEqual(['danger:-1:2026-03-31']);
      const [reminder] = (await ok(app, 'reminders.list', { today: '2026-04-01' })).filter((r) => r.kind === kind);
      expect(reminder?.title).toBe('Årsrapporten for 2025 er ikke sendt til AMU');
      expect(reminder?.action.screen).toEqual({ screen: 'amuCase.new', kind: 'annualReport', year: 2025 });
    });

    test('a draft keeps the reminder and is linked; sending it silences it', async () => {
      const draft = await create({
        kind: 'annualReport',
        reportYear: 2025,
        title: 'Årsrapport 2025',
        status: 'draft',
        meetingDate: null,
      });
      const [reminder] = (await ok(app, 'reminders.list', { today: '2026-04-01' })).filter((r) => r.kind === kind);
      expect(reminder?.message).toBe(
        'Fristen var 31.03.2026. Saken «Årsrapport 2025» er fortsatt et utkast. Send rapporten og sett status til «Sendt».',
      );
      expect(reminder?.action.screen).toEqual({ screen: 'amuCase', id: draft.id });
      await okLatest(app, 'amuCases.update', {
        id: draft.id,
        ...amuCase({ kind: 'annualReport', reportYear: 2025, status: 'sent', meetingDate: '2026-04-20' }),
      } as never);
      expect(await reminders('2026-04-01', kind)).toEqual([]);
    });

    test('a committee whose first data are from this year is not reminded of last year', async () => {
      expect(await reminders('2026-04-01', kind)).toEqual([]);
      await create({ meetingDate: '2026-10-15', title: 'Første sak' });
      expect(await reminders('2026-04-01', kind)).toEqual([]);
      expect(await reminders('2027-04-01', kind)).toEqual(['danger:-1:2027-03-31']);
      await create({ meetingDate: '2025-11-20', title: 'Sak fra året før' });
      expect(await reminders('2026-04-01', kind)).toEqual(['danger:-1:2026-03-31']);
    });

    test('a report for another year does not count; the due date is a setting', async () => {
      await create({ kind: 'annualReport', reportYear: 2024, status: 'treated', meetingDate: '2025-03-10' });
      await ok(app, 'settings.update', { annualReportDueDate: '02-28' });
      expect(await reminders('2026-03-01', kind)).toEqual(['danger:-1:2026-02-28']);
      expect(await reminders('2028-03-01', kind)).toEqual(['danger:-2:2028-02-28']);
    });
  });

  describe('AKAN agreement review', () => {
    test('asks for the last revision when none is registered', async () => {
      const [reminder] = (await ok(app, 'reminders.list', { today: '2026-11-23' })).filter(
        (r) => r.kind === 'agreementRevisionUnknown',
      );
      expect(reminder).toMatchObject({
        dueDate: '2026-11-23',
        daysLeft: 0,
        action: { screen: { screen: 'amuCase.new', kind: 'agreementChange' } },
      });
    });

    test('due on the day last revised + interval: the day before is quiet, the day of and after remind', async () => {
      await create({
        kind: 'agreementChange',
        status: 'treated',
        meetingDate: '2024-11-23',
        decisionDate: '2024-11-23',
      });
      const at = (today: string) => reminders(today, 'agreementReviewDue');
      expect(await at('2026-11-22')).toEqual([]);
      expect((await ok(app, 'amuCases.agreement', {})).reviewNeeded).toBe(true);
      expect(await at('2026-11-23')).toEqual(['warning:0:2026-11-23']);
      expect(await at('2026-11-24')).toEqual(['warning:-1:2026-11-23']);
      expect(await reminders('2026-11-24', 'agreementRevisionUnknown')).toEqual([]);
    });

    test('a proposal under way is named and linked; adopting it moves the next review', async () => {
      await ok(app, 'settings.update', { agreementLastRevised: '2024-01-10' });
      const proposal = await create({ kind: 'agreementChange', title: 'Nye rutiner for pengespill', status: 'sent' });
      const [reminder] = (await ok(app, 'reminders.list', { today: '2026-11-23' })).filter(
        (r) => r.kind === 'agreementReviewDue',
      );
      expect(reminder?.message).toMatch(
        /sist revidert 10\.01\.2024 og skal gjennomgås hvert 2\. år.*«Nye rutiner for pengespill» er under arbeid/,
      );
      expect(reminder?.action.screen).toEqual({ screen: 'amuCase', id: proposal.id });
      await okLatest(app, 'amuCases.update', {
        id: proposal.id,
        ...amuCase({ kind: 'agreementChange', status: 'treated', decisionDate: '2026-10-15' }),
      } as never);
      expect(await reminders('2026-11-23', 'agreementReviewDue')).toEqual([]);
      expect(await reminders('2028-10-15', 'agreementReviewDue')).toEqual(['warning:0:2028-10-15']);
    });
  });

  describe('hovedkontakt successor on the AMU agenda', () => {
    const kind = 'amuSuccessorNotOnAgenda';
    beforeEach(async () => {
      // Term ends 28.02.2027; the term reminder starts 120 days before, on 31.10.2026.
      await ok(app, 'appointments.create', { role: 'mainContact', personName: 'Kari', termStart: '2025-03-01' });
    });

    test('follows the term reminder: the day before it is quiet, from its first day and after the term it reminds', async () => {
      expect(await reminders('2026-10-30', kind)).toEqual([]);
      expect(await reminders('2026-10-31', kind)).toEqual(['warning:120:2027-02-28']);
      expect(await reminders('2027-03-01', kind)).toEqual(['warning:-1:2027-02-28']);
    });

    test('a draft is named; a sent case silences it; so does a recent decision, but not an old one', async () => {
      const draft = await create({
        kind: 'mainContactAppointment',
        title: 'Ny hovedkontakt 2027–2029',
        status: 'draft',
        meetingDate: null,
      });
      const [reminder] = (await ok(app, 'reminders.list', { today: '2026-11-23' })).filter((r) => r.kind === kind);
      expect(reminder?.message).toMatch(/«Ny hovedkontakt 2027–2029» er fortsatt et utkast/);
      expect(reminder?.action.screen).toEqual({ screen: 'amuCase', id: draft.id });
      await create({
        kind: 'mainContactAppointment',
        status: 'treated',
        meetingDate: '2025-01-20',
        decisionDate: '2025-01-20',
      });
      expect(await reminders('2026-11-23', kind)).toHaveLength(1);
      await okLatest(app, 'amuCases.update', {
        id: draft.id,
        ...amuCase({ kind: 'mainContactAppointment', status: 'sent', meetingDate: '2026-12-10' }),
      } as never);
      expect(await reminders('2026-11-23', kind)).toEqual([]);
      await okLatest(app, 'amuCases.update', {
        id: draft.id,
        ...amuCase({
          kind: 'mainContactAppointment',
          status: 'treated',
          meetingDate: '2026-11-20',
          decisionDate: '2026-11-20',
        }),
      } as never);
      expect(await reminders('2026-11-23', kind)).toEqual([]);
    });

    test('a registered successor ends both reminders', async () => {
      await ok(app, 'appointments.create', { role: 'mainContact', personName: 'Ola', termStart: '2027-03-01' });
      expect(await reminders('2026-11-23', kind)).toEqual([]);
    });
  });
});
