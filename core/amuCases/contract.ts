import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { read, write } from '../define';
import { emptyInput, id, optionalIsoDate, optionalText, requiredText } from '../validation/fields';
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

export const amuCasesContract = {
  'amuCases.list': read(
    z
      .strictObject({ kind: z.enum(AMU_CASE_KINDS).optional(), status: z.enum(AMU_CASE_STATUSES).optional() })
      .optional(),
  ).returns<AmuCase[]>(),
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
