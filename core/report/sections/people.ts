import type { Appointment } from '../../appointments/contract';
import { listAppointments } from '../../appointments/service';
import { overlaps } from '../../appointments/term';
import type { CommitteeMember } from '../../committee/contract';
import { listCommitteeMembers } from '../../committee/service';
import type { AppContext } from '../../context';
import { yearBounds } from './types';

/** Committee members who were members at some time during the year. */
export function committeeOfYear(ctx: AppContext, year: number): CommitteeMember[] {
  const { first, last } = yearBounds(year);
  return listCommitteeMembers(ctx).filter((m) => (!m.activeFrom || m.activeFrom <= last) && (!m.activeTo || m.activeTo >= first));
}

/** Appointments in force at some time during the year, by role, then start. */
export function appointmentsOfYear(ctx: AppContext, year: number, role?: Appointment['role']): Appointment[] {
  const { first, last } = yearBounds(year);
  return listAppointments(ctx, role)
    .filter((a) => overlaps(a, { termStart: first, termEnd: last, endedEarlyOn: null }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.termStart.localeCompare(b.termStart) || a.personName.localeCompare(b.personName, 'nb'));
}
