import type { Role } from '../core/access';
import type { UserEntry } from './config';

/** Who is signed in, as the identity provider names them. */
export interface Person {
  name: string;
  email: string;
  /** Values of the configured user claims, in order, matched against the allow-list. */
  ids: string[];
}

export interface Caller extends Person {
  role: Role;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function personFromClaims(claims: Record<string, unknown>, userClaims: readonly string[]): Person {
  const ids = userClaims.map((claim) => text(claims[claim])).filter((id): id is string => id !== undefined);
  const email = text(claims.email) ?? text(claims.preferred_username) ?? text(claims.upn) ?? '';
  const name = text(claims.name) ?? [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return { name, email, ids };
}

/** The person with the role the allow-list gives them; the list fills in a name or e-mail a token does not carry. */
export function asCaller(person: Person, entry: UserEntry): Caller {
  const email = person.email || (entry.id.includes('@') ? entry.id : '');
  return { ...person, email, name: person.name || entry.name || email || entry.id, role: entry.role };
}

/** How the change log names the person: «Kari Nordmann <kari@kommune.no>». */
export function changeLogName(caller: Caller): string {
  return caller.email && caller.email !== caller.name ? `${caller.name} <${caller.email}>` : caller.name;
}
