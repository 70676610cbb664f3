import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { read, write } from '../define';
import { emptyInput, id, optionalIsoDate, optionalText, requiredText } from '../validation/fields';
import { type Paged, pageNumber } from '../paging';
import { year } from '../validation/year';
import { AMU_CASE_KINDS, AMU_CASE_STATUSES, type AmuCaseKind, type AmuCaseStatus } from './labels';

export interface AmuCase extends Versioned {
  id: number;
  kind: AmuCaseKind;
  title: string;
  reportYear: number | null;
  meetingDate: string | null;
  caseNumber: string | null;
  status: AmuCaseStatus;
  decisionText: string | null;
  decisionDate: string | null;
  appointmentId: number | null;
  /** The linked appointment as the users know it, e.g. "Anne Lie (01.03.2027–28.02.2029)". */
  appointmentLabel: string | null;
}

/** When the AKAN agreement was last revised, and when it is due for review. */
export interface AgreementStatus {
  /** The latest treated change proposal's decision date, or the setting registered before that; null if neither. */
  lastRevised: string | null;
  /** The change proposal that set `lastRevised`; null when it comes from the setting. */
  revisedByCaseId: number | null;
  revisedByCaseTitle: string | null;
  reviewYears: number;
  /** `lastRevised` plus the review interval; null when the agreement has never been registered. */
  reviewDue: string | null;
  /** The review is due today or overdue, or the revision is not registered. */
  reviewNeeded: boolean;
}

export const amuCaseFields = {
  kind: z.enum(AMU_CASE_KINDS, { error: 'Velg hva saken gjelder.' }),
  title: requiredText(200, 'Skriv en tittel på saken, for eksempel «Årsrapport for AKAN-arbeidet 2025».'),
  reportYear: year('Velg året årsrapporten gjelder (mellom 2000 og 2100).')
    .nullish()
    .transform((v) => v ?? null),
  meetingDate: optionalIsoDate('Skriv en gyldig møtedato (dd.mm.åååå).'),
  caseNumber: optionalText(40),
  status: z.enum(AMU_CASE_STATUSES, { error: 'Velg status: utkast, sendt eller behandlet.' }),
  decisionText: optionalText(4000),
  decisionDate: optionalIsoDate('Skriv en gyldig vedtaksdato (dd.mm.åååå).'),
  appointmentId: id('Velg en oppnevning fra listen.')
    .nullish()
    .transform((v) => v ?? null),
};

const amuCase = guardOf('amu_cases', 'denne AMU-saken', 'amuCases.get');

export const amuCaseListFilter = z
  .strictObject({
    kind: z.enum(AMU_CASE_KINDS, { error: 'Velg hva saken gjelder.' }).optional(),
    status: z.enum(AMU_CASE_STATUSES, { error: 'Velg status: utkast, sendt eller behandlet.' }).optional(),
    /**
     * The cases met on or decided during the year; the current year (the default) has the cases with neither date
     * too. `all`: every year, a page at a time.
     */
    year: z.union([year(), z.literal('all')], { error: 'Velg et gyldig år.' }).optional(),
    /** Only the annual report on this year, whenever AMU met on it (use with `year: 'all'`). */
    reportYear: year('Velg året årsrapporten gjelder (mellom 2000 og 2100).').optional(),
    /** Page (from 1) of `LIST_PAGE_SIZE` cases; a year comes whole unless a page is asked for. */
    page: pageNumber,
  })
  .optional();

export interface AmuCaseList extends Paged {
  today: string;
  /** The year shown, or null for every year. */
  year: number | null;
  /** Years with a meeting or decision, and the current year, newest first. */
  years: number[];
  cases: AmuCase[];
}

export const amuCasesContract = {
  'amuCases.list': read(amuCaseListFilter).returns<AmuCaseList>(),
  'amuCases.get': read(z.strictObject({ id: id() })).returns<AmuCase>(),
  'amuCases.agreement': read(emptyInput).returns<AgreementStatus>(),
  'amuCases.create': write(z.strictObject(amuCaseFields), 'AMU-sak registrert').returns<AmuCase>(),
  'amuCases.update': write(
    z.strictObject({ id: id(), ...atVersion, ...amuCaseFields }),
    'AMU-sak endret',
    amuCase,
  ).returns<AmuCase>(),
  'amuCases.remove': write(z.strictObject({ id: id(), ...atVersion }), 'AMU-sak slettet', amuCase).returns<{
    id: number;
  }>(),
};
