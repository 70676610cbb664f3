import type { PlanItem, PlanYear } from '../../plan/contract';
import type { Screen } from '../../screens';
import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS } from '../../plan/labels';
import type { Fact, ReportTable } from '../model';
import type { SectionBuilder } from './types';

const SCREEN: Screen = { screen: 'plan' };

function fulfilledBy(item: PlanItem): string {
  if (item.doneBy === 'campaign') return `Informasjonstiltak: ${item.campaignTitle ?? ''}`;
  if (item.doneBy === 'training') return `Opplæring: ${item.trainingTitle ?? ''}`;
  return '';
}

function planTable(id: string, plan: PlanYear, title: string): ReportTable {
  return {
    id,
    title,
    columns: [
      { label: 'Aktivitet', kind: 'text', wide: true },
      { label: 'Type', kind: 'text' },
      { label: 'Ansvarlig', kind: 'text' },
      { label: 'Frist', kind: 'date' },
      { label: 'Status', kind: 'text' },
      { label: 'Fullført gjennom', kind: 'text' },
    ],
    rows: plan.items.map((item) => [
      item.activity,
      PLAN_KIND_LABELS[item.kind],
      item.responsibleName ?? '',
      item.deadline,
      PLAN_STATUS_LABELS[item.status],
      fulfilledBy(item),
    ]),
    empty: `Planen for ${plan.year} har ingen punkter ennå.`,
  };
}

/** Framdriftsplan: this year's plan with status and planned against done, and next year's plan. */
export const planSection: SectionBuilder = async ({ reads, year }) => {
  const [plan, next] = await Promise.all([reads('plan.list', { year }), reads('plan.list', { year: year + 1 })]);
  const { summary } = plan;
  const status: Fact[] = [
    { label: 'Planlagt (uten avlyste)', value: summary.planned, kind: 'number' },
    { label: PLAN_STATUS_LABELS.done, value: summary.done, kind: 'number' },
    {
      label: 'Andel fullført',
      value: summary.percentDone === null ? null : summary.percentDone / 100,
      kind: 'percent',
    },
    { label: PLAN_STATUS_LABELS.inProgress, value: summary.inProgress, kind: 'number' },
    { label: PLAN_STATUS_LABELS.notStarted, value: summary.notStarted, kind: 'number' },
    { label: PLAN_STATUS_LABELS.postponed, value: summary.postponed, kind: 'number' },
    { label: PLAN_STATUS_LABELS.cancelled, value: summary.cancelled, kind: 'number' },
  ];
  return {
    keyFigures: [
      {
        id: 'planDone',
        label: 'Planpunkter fullført',
        value: summary.done,
        kind: 'number',
        screen: SCREEN,
        detail: `av ${summary.planned} planlagte${summary.percentDone === null ? '' : `, ${summary.percentDone} %`}`,
      },
    ],
    section: {
      id: 'plan',
      title: 'Framdriftsplan',
      factGroups: [{ title: `Planlagt mot gjennomført i ${year}`, facts: status }],
      tables: [
        planTable('thisYear', plan, `Framdriftsplan ${year}`),
        planTable('nextYear', next, `Framdriftsplan ${year + 1}`),
      ],
      charts: [],
      notes: [],
    },
  };
};
