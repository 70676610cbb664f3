import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { read, write } from '../define';
import { id, isoDate, optionalIsoDate, optionalText, requiredText, email } from '../validation/fields';
import { type Paged, pageNumber } from '../paging';
import { year } from '../validation/year';
import type { TermStatus } from './term';

import { APPOINTMENT_ROLES } from '../../db/schema/codes';

export { APPOINTMENT_ROLES };
export type AppointmentRole = (typeof APPOINTMENT_ROLES)[number];

export interface Appointment extends Versioned {
  id: number;
  role: AppointmentRole;
  personName: string;
  personEmail: string | null;
  unitId: number | null;
  unitName: string | null;
  decidedBy: string;
  decisionDate: string | null;
  amuCaseRef: string | null;
  termStart: string;
  termEnd: string;
  endedEarlyOn: string | null;
  endedEarlyReason: string | null;
  notes: string | null;
  status: TermStatus;
}

export const appointmentFields = {
  role: z.enum(APPOINTMENT_ROLES, { error: 'Velg rolle: hovedkontakt eller AKAN-kontakt.' }),
  personName: requiredText(120, 'Skriv navnet på personen som er oppnevnt.'),
  personEmail: email(),
  unitId: id('Velg en gyldig enhet.')
    .nullish()
    .transform((v) => v ?? null),
  decidedBy: requiredText(120)
    .optional()
    .transform((v) => v ?? 'AMU'),
  decisionDate: optionalIsoDate(),
  amuCaseRef: optionalText(60),
  termStart: isoDate('Skriv en gyldig startdato (dd.mm.åååå).'),
  /** Empty means the default term: two years for the hovedkontakt. */
  termEnd: optionalIsoDate('Skriv en gyldig sluttdato (dd.mm.åååå).'),
  notes: optionalText(2000),
};

/** Which appointments a list shows: in force or not yet begun, ended, or both. */
export const APPOINTMENT_VIEWS = ['current', 'ended', 'all'] as const;
export type AppointmentView = (typeof APPOINTMENT_VIEWS)[number];

export const appointmentListFilter = z
  .strictObject({
    role: z.enum(APPOINTMENT_ROLES, { error: 'Velg rolle: hovedkontakt eller AKAN-kontakt.' }).optional(),
    /**
     * `current` (the default): in force or not yet begun, the term that ends soonest first; `ended`: the latest
     * ended first; `all`: the current ones, then the ended ones.
     */
    show: z.enum(APPOINTMENT_VIEWS, { error: 'Velg hvilke oppnevninger som skal vises.' }).optional(),
    /** Only those in force at some time during the year; a year comes whole unless a page is asked for. */
    year: year().optional(),
    /** Page (from 1) of `LIST_PAGE_SIZE` appointments; without a year, page 1 is the default. */
    page: pageNumber,
  })
  .optional();

export interface AppointmentList extends Paged {
  today: string;
  show: AppointmentView;
  appointments: Appointment[];
  /** Of the role (and year) asked for, whatever is shown. */
  counts: Record<Exclude<AppointmentView, 'all'>, number>;
}

export const appointmentInput = z.strictObject(appointmentFields);

export const endAppointmentInput = z.strictObject({
  id: id(),
  ...atVersion,
  endedOn: isoDate('Skriv en gyldig dato for når oppnevningen opphørte (dd.mm.åååå).'),
  reason: requiredText(500, 'Skriv kort hvorfor oppnevningen opphørte, for eksempel «Sluttet i kommunen».'),
});

const appointment = guardOf('appointments', 'denne oppnevningen', 'appointments.get');

export const appointmentsContract = {
  'appointments.list': read(appointmentListFilter).returns<AppointmentList>(),
  'appointments.get': read(z.strictObject({ id: id() })).returns<Appointment>(),
  'appointments.defaultTermEnd': read(
    z.strictObject({ role: z.enum(APPOINTMENT_ROLES), termStart: isoDate() }),
  ).returns<{
    termEnd: string;
  }>(),
  'appointments.create': write(appointmentInput, 'Oppnevning registrert').returns<Appointment>(),
  'appointments.update': write(
    z.strictObject({ id: id(), ...atVersion, ...appointmentFields }),
    'Oppnevning endret',
    appointment,
  ).returns<Appointment>(),
  'appointments.end': write(endAppointmentInput, 'Oppnevning avsluttet før tiden', appointment).returns<Appointment>(),
  'appointments.remove': write(z.strictObject({ id: id(), ...atVersion }), 'Oppnevning slettet', appointment).returns<{
    id: number;
  }>(),
};
