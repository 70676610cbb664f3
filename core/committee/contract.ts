import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { read, write } from '../define';
import { across, isIsoDate } from '../validation/across';
import { email, emptyInput, id, optionalIsoDate, requiredText } from '../validation/fields';

export interface CommitteeMember extends Versioned {
  id: number;
  name: string;
  committeeRole: string;
  email: string | null;
  activeFrom: string | null;
  activeTo: string | null;
}

export const committeeMemberFields = {
  name: requiredText(120, 'Skriv navnet på utvalgsmedlemmet.'),
  committeeRole: requiredText(120, 'Skriv rollen i utvalget, for eksempel «Ruskonsulent».'),
  email: email(),
  activeFrom: optionalIsoDate(),
  activeTo: optionalIsoDate(),
};

/** The end of membership comes after its start. */
export function memberPeriodErrors(v: Record<string, unknown>): Record<string, string> {
  return isIsoDate(v.activeFrom) && isIsoDate(v.activeTo) && v.activeTo < v.activeFrom
    ? { activeTo: 'Sluttdato må være etter startdato.' }
    : {};
}

export const committeeMemberInput = across(z.strictObject(committeeMemberFields), memberPeriodErrors);

const member = guardOf('committee_members', 'dette utvalgsmedlemmet');

export const committeeContract = {
  'committee.list': read(emptyInput).returns<CommitteeMember[]>(),
  'committee.create': write(committeeMemberInput, 'Utvalgsmedlem lagt til').returns<CommitteeMember>(),
  'committee.update': write(
    across(z.strictObject({ id: id(), ...atVersion, ...committeeMemberFields }), memberPeriodErrors),
    'Utvalgsmedlem endret',
    member,
  ).returns<CommitteeMember>(),
  /** For a member added by mistake; one who is responsible for plan items is given an end date instead. */
  'committee.remove': write(z.strictObject({ id: id(), ...atVersion }), 'Utvalgsmedlem fjernet', member).returns<{
    id: number;
  }>(),
};
