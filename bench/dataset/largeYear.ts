import type { Audience } from '../../core/audiences';
import type { DemoContext } from '../../core/demo/types';
import { addDays } from '../../core/validation/dates';
import { AUDIENCE_ROTATION, buildCampaigns, buildUnits } from './build';

/** The busy year of the large municipality: the report bench and the print test use it. */
export const LARGE_YEAR = 2026;
export const LARGE_TODAY = '2027-01-20';
const YEAR = LARGE_YEAR;
const SESSIONS = 150;
const CAMPAIGNS = 60;

/** A large municipality, built through the contract: 200 units in 10 sectors and a busy year of AKAN work and counts. */
export async function buildLargeOrganisation(demo: DemoContext): Promise<void> {
  const { call } = demo;
  const units = await buildUnits(demo, '2024-01-01');
  await call('appointments.create', { role: 'mainContact', personName: 'Anne Lie', termStart: '2025-03-01' });
  for (let i = 0; i < 40; i++) {
    await call('appointments.create', {
      role: 'unitContact',
      personName: `Kontakt ${i + 1}`,
      unitId: units[i * 5]!,
      termStart: '2025-09-01',
    });
  }

  const topics = await call('trainingTopics.list', {});
  for (let i = 0; i < SESSIONS; i++) {
    const date = addDays(`${YEAR}-01-05`, Math.floor((i * 355) / SESSIONS));
    const topic = topics[i % topics.length]!;
    const invited = Array.from({ length: 8 }, (_, k) => units[(i * 8 + k) % units.length]!);
    const audiences: Audience[] = [AUDIENCE_ROTATION[i % 7]!, AUDIENCE_ROTATION[(i + 3) % 7]!];
    const session = await call('trainings.create', {
      topicId: topic.id,
      audiences,
      unitIds: invited,
      start: `${date}T09:00`,
      end: `${date}T12:00`,
    });
    if (i % 17 === 5) {
      await call('trainings.cancel', { id: session.id, version: session.version, reason: 'For få påmeldte.' });
      continue;
    }
    await call('trainings.recordHeld', {
      id: session.id,
      version: session.version,
      participants: invited.flatMap((unitId, k) =>
        audiences.map((audience, a) => ({ unitId, audience, count: 1 + ((i + k + a) % 5) })),
      ),
      evaluationScore: 4,
      evaluationText: null,
    });
  }

  await buildCampaigns(demo, units, YEAR, LARGE_TODAY, CAMPAIGNS);

  for (const year of [YEAR, YEAR + 1]) {
    for (let i = 0; i < 30; i++) {
      await call('plan.create', {
        year,
        activity: `Aktivitet ${i + 1} i ${year}`,
        kind: i % 2 === 0 ? 'training' : 'campaign',
        dueQuarter: (i % 4) + 1,
        status:
          year === YEAR
            ? (['done', 'inProgress', 'notStarted', 'postponed', 'cancelled'] as const)[i % 5]!
            : 'notStarted',
      });
    }
  }
  for (let i = 0; i < 8; i++) {
    const date = `${YEAR}-${String(i + 2).padStart(2, '0')}-12`;
    await call('amuCases.create', {
      kind: 'information',
      title: `Orientering ${i + 1}`,
      meetingDate: date,
      caseNumber: `${i + 1}/${YEAR}`,
      status: 'treated',
      decisionText: 'Tatt til orientering.',
      decisionDate: date,
    });
  }
  for (let quarter = 1; quarter <= 4; quarter++) {
    const sheet = await call('statistics.quarter', { year: YEAR, quarter });
    const counts = sheet.units
      .filter((unit) => unit.editable)
      .flatMap((unit, u) =>
        sheet.indicators.map((indicator, i) => ({
          unitId: unit.id,
          indicatorId: indicator.id,
          value: (u * 7 + i * 3 + quarter) % 9 < 5 ? 0 : (u + i + quarter) % 4,
        })),
      );
    await call('statistics.saveQuarter', { year: YEAR, quarter, counts });
  }
  await call('reports.saveSummary', { year: YEAR, version: 0, summaryText: 'Et travelt år. '.repeat(200) });
}
