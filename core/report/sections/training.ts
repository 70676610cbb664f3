import { AUDIENCES, AUDIENCE_LABELS, type Audience } from '../../audiences';
import type { Screen } from '../../screens';
import type { ParticipantCount, Training } from '../../trainings/types';
import { formatNorwegianDate, quarterOf } from '../../validation/dates';
import { datePart } from '../../validation/dateTime';
import { type KeyFigure, NOT_REGISTERED, type ReportTable } from '../model';
import type { SectionBuilder } from './types';
import { TRAINING_STATUS_LABELS as STATUS_LABELS } from '../../trainings/labels';
import { compareNames } from '../../names';

const SCREEN: Screen = { screen: 'trainings' };
const QUARTERS = [1, 2, 3, 4] as const;

const sum = (counts: ParticipantCount[]) => counts.reduce((total, p) => total + p.count, 0);
/** Held, but the counts were never entered: reported as «Ikke registrert», and left out of every total. */
const countsMissing = (s: Training) => s.status === 'held' && s.participants.length === 0;

function participantsCell(s: Training): number | string | null {
  if (s.status !== 'held') return null;
  return countsMissing(s) ? NOT_REGISTERED : s.participantTotal;
}

function evaluationCell(s: Training): number | string | null {
  if (s.status !== 'held') return null;
  return s.evaluationScore ?? NOT_REGISTERED;
}

function sessionsTable(year: number, sessions: Training[]): ReportTable {
  return {
    id: 'sessions',
    title: `Opplæringer i ${year}`,
    columns: [
      { label: 'Dato', kind: 'date' },
      { label: 'Tittel', kind: 'text' },
      { label: 'Emne', kind: 'text' },
      { label: 'Målgrupper', kind: 'text', wide: true },
      { label: 'Status', kind: 'text' },
      { label: 'Deltakere', kind: 'number' },
      { label: 'Evaluering (1–5)', kind: 'decimal' },
      { label: 'Årsak til avlysning', kind: 'text', wide: true },
    ],
    rows: sessions.map((s) => [
      datePart(s.start),
      s.title,
      s.topicName,
      s.audiences.map((a) => AUDIENCE_LABELS[a]).join(', '),
      STATUS_LABELS[s.status],
      participantsCell(s),
      evaluationCell(s),
      s.cancelReason ?? '',
    ]),
    empty: `Ingen opplæringer er registrert i ${year}.`,
  };
}

/** Participants at held sessions per unit and audience; only the audiences that took part get a column. */
function unitsTable(
  participants: ParticipantCount[],
  byAudience: (a: Audience) => number,
  unitPath: (id: number, name: string) => string,
): ReportTable {
  const perUnit = new Map<number, { path: string; counts: Map<Audience, number> }>();
  for (const p of participants) {
    const unit = perUnit.get(p.unitId) ?? { path: unitPath(p.unitId, p.unitName), counts: new Map() };
    unit.counts.set(p.audience, (unit.counts.get(p.audience) ?? 0) + p.count);
    perUnit.set(p.unitId, unit);
  }
  const audiences = AUDIENCES.filter((a) => byAudience(a) > 0);
  const units = [...perUnit.values()].sort((a, b) => compareNames(a.path, b.path));
  const total = (counts: Map<Audience, number>) => audiences.reduce((all, a) => all + (counts.get(a) ?? 0), 0);
  return {
    id: 'units',
    title: 'Deltakere etter enhet og målgruppe',
    columns: [
      { label: 'Enhet', kind: 'text' },
      ...audiences.map((a) => ({ label: AUDIENCE_LABELS[a], kind: 'number' as const })),
      { label: 'I alt', kind: 'number' },
    ],
    rows: units.map(({ path, counts }) => [path, ...audiences.map((a) => counts.get(a) ?? 0), total(counts)]),
    totals: ['I alt', ...audiences.map(byAudience), sum(participants)],
    empty: 'Ingen deltakere er registrert på gjennomførte opplæringer.',
  };
}

/** Opplæring: sessions held and cancelled, participants by audience, unit and quarter, and leader coverage. */
export const trainingSection: SectionBuilder = async ({ reads, year }) => {
  const [{ sessions }, coverage] = await Promise.all([
    reads('trainings.list', { year }),
    reads('trainings.coverage', {}),
  ]);
  const paths = new Map(coverage.rows.map((u) => [u.unitId, u.path]));
  const held = sessions.filter((s) => s.status === 'held');
  const cancelled = sessions.filter((s) => s.status === 'cancelled');
  const participants = held.flatMap((s) => s.participants);
  const audienceTotals = new Map(AUDIENCES.map((a) => [a, sum(participants.filter((p) => p.audience === a))]));
  const byAudience = (a: Audience) => audienceTotals.get(a) ?? 0;
  const inQuarter = (q: number) => held.filter((s) => quarterOf(datePart(s.start)).quarter === q);
  const perQuarter = QUARTERS.map((q) => inQuarter(q).reduce((total, s) => total + s.participantTotal, 0));
  const participantTotal = held.reduce((total, s) => total + s.participantTotal, 0);
  const window = `${formatNorwegianDate(coverage.from)}–${formatNorwegianDate(coverage.to)}`;
  const missing = held.filter(countsMissing).length;
  const leftOut =
    missing === 0
      ? null
      : `${missing} gjennomført${missing === 1 ? ' opplæring' : 'e opplæringer'} uten registrerte deltakertall er ikke talt med i deltakertallene.`;
  const leaderTopic = `«${coverage.leaderTopic.name}»`;

  const keyFigures: KeyFigure[] = [
    {
      id: 'sessionsHeld',
      label: 'Opplæringer gjennomført',
      value: held.length,
      kind: 'number',
      screen: SCREEN,
      detail: `${cancelled.length} avlyst`,
    },
    {
      id: 'participants',
      label: 'Deltakere på opplæring',
      value: participantTotal,
      kind: 'number',
      screen: SCREEN,
      ...(missing > 0
        ? { detail: `${missing} opplæring${missing === 1 ? '' : 'er'} uten registrerte deltakertall er ikke talt med` }
        : {}),
    },
    ...AUDIENCES.filter((a) => byAudience(a) > 0).map((a): KeyFigure => ({
      id: `participants-${a}`,
      label: AUDIENCE_LABELS[a],
      value: byAudience(a),
      kind: 'number',
      screen: SCREEN,
      group: 'Deltakere på opplæring etter målgruppe',
    })),
    {
      id: 'leaderCoverage',
      label: `Ledere med opplæring i ${leaderTopic}`,
      value: coverage.total.leaderPercent === null ? null : coverage.total.leaderPercent / 100,
      kind: 'percent',
      screen: SCREEN,
      detail:
        coverage.total.leaderCount === null
          ? 'antall ledere er ikke registrert'
          : `${coverage.total.leadersCovered} av ${coverage.total.leaderCount} ledere, siste ${coverage.years} år`,
    },
  ];

  return {
    keyFigures,
    section: {
      id: 'training',
      title: 'Opplæring',
      factGroups: [],
      notes: [
        ...(leftOut ? [leftOut] : []),
        `Dekningen gjelder perioden ${window} (siste ${coverage.years} år, som i innstillingene).`,
      ],
      tables: [
        sessionsTable(year, sessions),
        {
          id: 'quarters',
          title: 'Gjennomførte opplæringer og deltakere per kvartal',
          columns: [
            { label: 'Kvartal', kind: 'text' },
            { label: 'Opplæringer', kind: 'number' },
            { label: 'Avlyst', kind: 'number' },
            { label: 'Deltakere', kind: 'number' },
          ],
          rows: QUARTERS.map((q, i) => [
            `K${q} ${year}`,
            inQuarter(q).length,
            cancelled.filter((s) => quarterOf(datePart(s.start)).quarter === q).length,
            perQuarter[i] ?? 0,
          ]),
          totals: ['I alt', held.length, cancelled.length, participantTotal],
          empty: '',
        },
        {
          id: 'audiences',
          title: 'Deltakere etter målgruppe',
          columns: [
            { label: 'Målgruppe', kind: 'text' },
            { label: 'Deltakere', kind: 'number' },
          ],
          rows: AUDIENCES.map((a) => [AUDIENCE_LABELS[a], byAudience(a)]),
          totals: ['I alt', participantTotal],
          empty: '',
        },
        unitsTable(participants, byAudience, (id, name) => paths.get(id) ?? name),
        {
          id: 'coverage',
          title: `Ledere med opplæring i ${leaderTopic} per enhet`,
          columns: [
            { label: 'Enhet', kind: 'text' },
            { label: 'Ledere', kind: 'number' },
            { label: 'Ledere med opplæring', kind: 'number' },
            { label: 'Dekning', kind: 'percent' },
            { label: 'Sist holdt', kind: 'date' },
            { label: 'Neste planlagte', kind: 'date' },
          ],
          rows: coverage.rows.map((r) => [
            r.path,
            r.leaderCount ?? NOT_REGISTERED,
            r.leadersCovered,
            r.leaderPercent === null ? NOT_REGISTERED : r.leaderPercent / 100,
            r.lastHeld,
            r.nextPlanned,
          ]),
          totals: [
            'Hele virksomheten',
            coverage.total.leaderCount ?? NOT_REGISTERED,
            coverage.total.leadersCovered,
            coverage.total.leaderPercent === null ? NOT_REGISTERED : coverage.total.leaderPercent / 100,
            coverage.total.lastHeld,
            coverage.total.nextPlanned,
          ],
          empty: 'Ingen enheter er registrert.',
        },
        {
          id: 'unreached',
          title: `Enheter uten opplæring i ${leaderTopic} siste ${coverage.years} år`,
          columns: [
            { label: 'Enhet', kind: 'text' },
            { label: 'Neste planlagte', kind: 'date' },
          ],
          rows: coverage.unreached.map((u) => [u.path, u.nextPlanned]),
          empty: `Alle enhetene har hatt opplæring i ${leaderTopic} siste ${coverage.years} år.`,
        },
      ],
      charts:
        participantTotal === 0
          ? []
          : [
              {
                id: 'participantsPerQuarter',
                title: `Deltakere på opplæring per kvartal ${year}`,
                kind: 'bar',
                categoryLabel: 'Kvartal',
                categories: QUARTERS.map((q) => `K${q}`),
                series: [{ name: 'Deltakere', values: perQuarter }],
              },
            ],
    },
  };
};
