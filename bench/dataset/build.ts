import type { Audience } from '../../core/audiences';
import type { DemoContext } from '../../core/demo/types';
import { addDays } from '../../core/validation/dates';

const SECTORS = 10;
const UNITS_PER_SECTOR = 20;
const SESSIONS_PER_YEAR = 115;
const CAMPAIGNS_PER_YEAR = 44;
const UNIT_CONTACTS = 140;
const PLAN_ITEMS_PER_YEAR = 30;
const AMU_CASES_PER_YEAR = 6;
/** The audiences in the order the bench data take turns with them. */
export const AUDIENCE_ROTATION: Audience[] = [
  'leaders',
  'employees',
  'newEmployees',
  'unionReps',
  'safetyReps',
  'apprentices',
  'unitContacts',
];

export interface DatasetShape {
  /** The last year with activity (the current year); the first is `lastYear - years + 1`. */
  lastYear: number;
  years: number;
  /** The day the file is built on: later sessions stay planned, later quarters get no counts. */
  today: string;
}

/** The large municipality's 200 units in 10 sectors and its committee, members from `activeFrom`; returns the unit ids. */
export async function buildUnits({ call }: DemoContext, activeFrom = '2010-01-01'): Promise<number[]> {
  await call('settings.update', { organisationName: 'Storby kommune' });
  const units: number[] = [];
  for (let s = 1; s <= SECTORS; s++) {
    const sector = await call('units.create', { name: `Sektor ${s}` });
    for (let u = 1; u <= UNITS_PER_SECTOR; u++) {
      const unit = await call('units.create', {
        name: `Enhet ${s}.${u}`,
        parentId: sector.id,
        headcount: 20 + ((s * u) % 90),
        leaderCount: 1 + ((s + u) % 6),
      });
      units.push(unit.id);
    }
  }
  for (const [name, committeeRole] of [
    ['Hilde Berg', 'Personal- og kompetanseleder'],
    ['Tor Haugen', 'Ruskonsulent'],
    ['Anne Lie', 'AKAN-hovedkontakt'],
  ]) {
    await call('committee.create', { name: name!, committeeRole: committeeRole!, activeFrom });
  }
  return units;
}

/** Hovedkontakt and 140 unit contacts in two-year terms from 1 March of the first year on. */
async function buildAppointments({ call }: DemoContext, units: number[], first: number, last: number): Promise<void> {
  for (let year = first; year <= last; year += 2) {
    await call('appointments.create', {
      role: 'mainContact',
      personName: `Hovedkontakt ${year}`,
      termStart: `${year}-03-01`,
    });
    for (let i = 0; i < UNIT_CONTACTS; i++) {
      await call('appointments.create', {
        role: 'unitContact',
        personName: `Kontakt ${i + 1} (${year})`,
        unitId: units[i]!,
        termStart: `${year}-03-01`,
        termEnd: `${year + 2}-02-28`,
      });
    }
  }
}

async function buildTrainings({ call }: DemoContext, units: number[], year: number, today: string): Promise<void> {
  const topics = await call('trainingTopics.list', {});
  for (let i = 0; i < SESSIONS_PER_YEAR; i++) {
    const date = addDays(`${year}-01-05`, Math.floor((i * 355) / SESSIONS_PER_YEAR));
    const invited = Array.from({ length: 8 }, (_, k) => units[(year * 7 + i * 8 + k) % units.length]!);
    const audiences: Audience[] = [AUDIENCE_ROTATION[i % 7]!, AUDIENCE_ROTATION[(i + 3) % 7]!];
    const session = await call('trainings.create', {
      topicId: topics[i % topics.length]!.id,
      audiences,
      unitIds: invited,
      start: `${date}T09:00`,
      end: `${date}T12:00`,
    });
    if (date >= today) continue;
    if (i % 17 === 5) {
      await call('trainings.cancel', { id: session.id, version: session.version, reason: 'For få påmeldte.' });
      continue;
    }
    // In every year a few sessions are never closed and a few are held without counts, so reminders have work.
    if (i % 43 === 11) continue;
    await call('trainings.recordHeld', {
      id: session.id,
      version: session.version,
      participants:
        i % 41 === 7
          ? []
          : invited.flatMap((unitId, k) =>
              audiences.map((audience, a) => ({ unitId, audience, count: 1 + ((i + k + a) % 5) })),
            ),
      evaluationScore: 4,
      evaluationText: null,
    });
  }
}

/** A year's campaigns, a few days apart; those begun before `today` are completed (every 11th cancelled). */
export async function buildCampaigns(
  { call }: DemoContext,
  units: number[],
  year: number,
  today: string,
  count = CAMPAIGNS_PER_YEAR,
): Promise<void> {
  const themes = await call('campaignThemes.list', {});
  for (let i = 0; i < count; i++) {
    const start = addDays(`${year}-01-10`, i * 7);
    await call('campaigns.create', {
      title: `Informasjonstiltak ${i + 1} i ${year}`,
      themeId: themes[i % themes.length]!.id,
      channels: ['intranet', 'poster'],
      periodStart: start,
      periodEnd: addDays(start, 20),
      unitIds: units.slice(i % 150, (i % 150) + 30),
      audiences: ['employees', 'leaders'],
      status: i % 11 === 0 ? 'cancelled' : start < today ? 'completed' : 'planned',
      estimatedReach: 100 + i * 7,
      evaluation: start < today ? 'Godt mottatt. Flere enheter ba om materiellet.' : null,
    });
  }
}

async function buildPlan({ call }: DemoContext, year: number, last: number): Promise<void> {
  for (let i = 0; i < PLAN_ITEMS_PER_YEAR; i++) {
    await call('plan.create', {
      year,
      activity: `Aktivitet ${i + 1} i ${year}`,
      kind: i % 2 === 0 ? 'training' : 'campaign',
      dueQuarter: (i % 4) + 1,
      status:
        year < last
          ? (['done', 'done', 'done', 'cancelled', 'postponed'] as const)[i % 5]!
          : (['done', 'inProgress', 'notStarted', 'postponed', 'cancelled'] as const)[i % 5]!,
    });
  }
}

async function buildAmuCases({ call }: DemoContext, year: number, today: string): Promise<void> {
  for (let i = 0; i < AMU_CASES_PER_YEAR; i++) {
    const date = `${year}-${String(i * 2 + 1).padStart(2, '0')}-12`;
    if (date >= today) break;
    await call('amuCases.create', {
      kind: 'information',
      title: `Orientering ${i + 1} i ${year}`,
      meetingDate: date,
      caseNumber: `${i + 1}/${year}`,
      status: 'treated',
      decisionText: 'Tatt til orientering.',
      decisionDate: date,
    });
  }
  if (`${year + 1}-02-20` < today) {
    await call('amuCases.create', {
      kind: 'annualReport',
      title: `Årsrapport ${year}`,
      reportYear: year,
      meetingDate: `${year + 1}-02-20`,
      status: 'treated',
      decisionText: 'Tatt til orientering.',
      decisionDate: `${year + 1}-02-20`,
    });
  }
}

async function buildStatistics({ call }: DemoContext, year: number, today: string): Promise<void> {
  for (let quarter = 1; quarter <= 4; quarter++) {
    if (`${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01` > today) break;
    const sheet = await call('statistics.quarter', { year, quarter });
    const counts = sheet.units
      .filter((unit) => unit.editable)
      .flatMap((unit, u) =>
        sheet.indicators.map((indicator, i) => ({
          unitId: unit.id,
          indicatorId: indicator.id,
          value: (u * 7 + i * 3 + quarter + year) % 9 < 5 ? 0 : (u + i + quarter) % 4,
        })),
      );
    await call('statistics.saveQuarter', { year, quarter, counts });
  }
}

/** A large municipality's history, built through the contract: 200 units in 10 sectors and `years` years of AKAN work. */
export async function buildHistory(demo: DemoContext, { lastYear, years, today }: DatasetShape): Promise<void> {
  const first = lastYear - years + 1;
  const units = await buildUnits(demo);
  await buildAppointments(demo, units, first, lastYear);
  for (let year = first; year <= lastYear; year++) {
    await buildTrainings(demo, units, year, today);
    await buildCampaigns(demo, units, year, today);
    await buildPlan(demo, year, lastYear);
    await buildAmuCases(demo, year, today);
    await buildStatistics(demo, year, today);
  }
  await buildPlan(demo, lastYear + 1, lastYear);
  await demo.call('reports.saveSummary', { year: lastYear, version: 0, summaryText: 'Et travelt år. '.repeat(200) });
}
