import type { Appointment } from '../../appointments/contract';
import { overlaps } from '../../appointments/term';
import type { CommitteeMember } from '../../committee/contract';
import { yearBounds } from './types';
import { compareNames } from '../../names';

/** Committee members who were members at some time during the year. */
export function committeeOfYear(members: CommitteeMember[], year: number): CommitteeMember[] {
  const { first, last } = yearBounds(year);
  return members.filter((m) => (!m.activeFrom || m.activeFrom <= last) && (!m.activeTo || m.activeTo >= first));
}

/** Appointments in force at some time during the year, by role, then start. */
export function appointmentsOfYear(appointments: Appointment[], year: number): Appointment[] {
  const { first, last } = yearBounds(year);
  return appointments
    .filter((a) => overlaps(a, { termStart: first, termEnd: last, endedEarlyOn: null }))
    .sort(
      (a, b) =>
        a.role.localeCompare(b.role) ||
        a.termStart.localeCompare(b.termStart) ||
        compareNames(a.personName, b.personName),
    );
}
