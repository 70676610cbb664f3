import { z } from 'zod';
import { read, write } from '../define';
import { emptyInput, optionalIsoDate, requiredText } from '../validation/fields';
import { optionalFolderPath } from '../validation/paths';

function whole(min: number, max: number, what: string) {
  const message = `${what} må være et heltall fra ${min} til ${max}.`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

/** 29 February is allowed: in a common year the deadline falls on the 28th. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const settingsFields = {
  organisationName: requiredText(120, 'Skriv navnet på kommunen eller virksomheten.'),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Skriv fargen som heksadesimal kode, for eksempel #1E6A8D.' }),
  mainContactLeadDays: whole(14, 365, 'Varslingstiden'),
  trainingReminderDays: whole(1, 90, 'Varslingstiden'),
  coverageYears: whole(1, 10, 'Antall år'),
  disclosureK: whole(3, 10, 'Skjermingsgrensen'),
  annualReportDueDate: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Velg dag og måned (dd.mm).' })
    .refine((monthDay) => Number(monthDay.slice(3)) <= DAYS_IN_MONTH[Number(monthDay.slice(0, 2)) - 1]!, {
      error: 'Den datoen finnes ikke. Velg en dag som finnes i måneden.',
    }),
  agreementReviewYears: whole(1, 10, 'Antall år'),
  agreementLastRevised: optionalIsoDate('Skriv datoen avtalen sist ble revidert (dd.mm.åååå).'),
  /** Where the first-start guide was left; `done` once it is finished (and for files from before the guide). */
  guideStep: z.enum(['committee', 'mainContact', 'done']),
  backupFolder: optionalFolderPath(
    'Skriv hele stien til mappen, for eksempel C:\\Sikkerhetskopier eller \\\\server\\akan.',
  ),
};

export const settingsSchema = z.strictObject(settingsFields);
export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  accentColor: '#1E6A8D',
  mainContactLeadDays: 120,
  trainingReminderDays: 14,
  coverageYears: 3,
  disclosureK: 3,
  annualReportDueDate: '03-31',
  agreementReviewYears: 2,
  agreementLastRevised: null,
  backupFolder: null,
  guideStep: 'done',
};

export const settingsContract = {
  'settings.get': read(emptyInput).returns<Settings>(),
  'settings.update': write(settingsSchema.partial(), 'Innstillinger endret').returns<Settings>(),
};
