import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import type { CampaignStatus } from '../campaigns/labels';
import { read, write } from '../define';
import { id, optionalIsoDate, optionalText, requiredText } from '../validation/fields';
import { year } from '../validation/year';
import { PLAN_KINDS, PLAN_STATUSES, type PlanKind, type PlanStatus } from './labels';

export interface PlanItem extends Versioned {
  id: number;
  year: number;
  activity: string;
  kind: PlanKind;
  responsibleMemberId: number | null;
  responsibleName: string | null;
  dueDate: string | null;
  dueQuarter: number | null;
  /** The due date, or the last day of the due quarter; null when neither is set. */
  deadline: string | null;
  /** Past its deadline and still open (see `isOverdue`), as of today. */
  overdue: boolean;
  /** The status the user chose. */
  manualStatus: PlanStatus;
  /** What counts: «Fullført» as soon as the linked campaign is completed or the linked training held. */
  status: PlanStatus;
  /** Why the item counts as done without the user saying so; null when `status` is the chosen one. */
  doneBy: 'campaign' | 'training' | null;
  campaignId: number | null;
  campaignTitle: string | null;
  campaignStatus: CampaignStatus | null;
  trainingId: number | null;
  trainingTitle: string | null;
  trainingStatus: 'planned' | 'held' | 'cancelled' | null;
  notes: string | null;
  copiedFromId: number | null;
  /** The year this item has been carried over to; null when it has not. */
  copiedToYear: number | null;
}

/** Planned against done for a year. Cancelled items are not counted as planned. */
export interface PlanSummary {
  year: number;
  planned: number;
  done: number;
  inProgress: number;
  notStarted: number;
  postponed: number;
  cancelled: number;
  /** Not done and not cancelled: what «copy unfinished items» carries over. */
  unfinished: number;
  /** Done as a whole percentage of planned; null when nothing is planned. */
  percentDone: number | null;
}

export interface PlanYear {
  year: number;
  /** Years that have items, plus the current year and the next. */
  years: number[];
  items: PlanItem[];
  summary: PlanSummary;
}

/** A campaign or training session that a plan item can be linked to. */
export interface LinkOption {
  id: number;
  title: string;
  /** Start date, `YYYY-MM-DD`. */
  date: string;
  /** Completed (campaign) or held (training): linking it marks the item done. */
  done: boolean;
}

export interface CarryOverResult {
  fromYear: number;
  toYear: number;
  /** Items copied now. */
  copied: PlanItem[];
  /** Unfinished items that had been copied before and were left alone. */
  alreadyCopied: number;
}

export const planItemFields = {
  year: year(),
  activity: requiredText(300, 'Beskriv aktiviteten, for eksempel «Kurs i Den nødvendige samtalen for nye ledere».'),
  kind: z.enum(PLAN_KINDS, { error: 'Velg type: opplæring, kampanje, policy, rapportering eller annet.' }),
  responsibleMemberId: id('Velg et utvalgsmedlem fra listen.')
    .nullish()
    .transform((v) => v ?? null),
  dueDate: optionalIsoDate('Skriv en gyldig frist (dd.mm.åååå).'),
  dueQuarter: z
    .number({ error: 'Velg kvartal 1, 2, 3 eller 4.' })
    .int({ error: 'Velg kvartal 1, 2, 3 eller 4.' })
    .min(1, { error: 'Velg kvartal 1, 2, 3 eller 4.' })
    .max(4, { error: 'Velg kvartal 1, 2, 3 eller 4.' })
    .nullish()
    .transform((v) => v ?? null),
  status: z.enum(PLAN_STATUSES, { error: 'Velg status: ikke startet, pågår, fullført, utsatt eller avlyst.' }),
  campaignId: id('Velg et informasjonstiltak fra listen.')
    .nullish()
    .transform((v) => v ?? null),
  trainingId: id('Velg en opplæring fra listen.')
    .nullish()
    .transform((v) => v ?? null),
  notes: optionalText(2000),
};

const yearInput = z.strictObject({ year: year().optional() }).optional();

const planItem = guardOf('plan_items', 'dette punktet i planen', 'plan.get');

export const planContract = {
  'plan.list': read(yearInput).returns<PlanYear>(),
  'plan.summary': read(yearInput).returns<PlanSummary>(),
  'plan.get': read(z.strictObject({ id: id() })).returns<PlanItem>(),
  /** The campaigns and training sessions of a year that an item can be linked to. */
  'plan.linkOptions': read(z.strictObject({ year: year() })).returns<{
    campaigns: LinkOption[];
    trainings: LinkOption[];
  }>(),
  'plan.create': write(z.strictObject(planItemFields), 'Punkt i planen lagt til').returns<PlanItem>(),
  'plan.update': write(
    z.strictObject({ id: id(), ...atVersion, ...planItemFields }),
    'Punkt i planen endret',
    planItem,
  ).returns<PlanItem>(),
  'plan.remove': write(z.strictObject({ id: id(), ...atVersion }), 'Punkt i planen slettet', planItem).returns<{
    id: number;
  }>(),
  'plan.copyUnfinished': write(
    z.strictObject({ fromYear: year() }),
    'Uferdige punkter kopiert til neste år',
  ).returns<CarryOverResult>(),
};
