import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER, refusal, SESSION_COOKIE, type ServerDeps } from './deps';
import { asCaller, type Caller, personFromClaims } from './person';
import { sameSecret, type Session } from './sessions';

export type SessionWho = { via: 'session'; caller: Caller; session: Session };
export type Who = SessionWho | { via: 'token'; caller: Caller };

/** The signed-in person of a browser session, with the role the allow-list gives them now (null when off the list). */
export function caller(deps: ServerDeps, request: FastifyRequest): SessionWho | null {
  const session = deps.sessions.get(request.cookies[SESSION_COOKIE]);
  if (!session) return null;
  const entry = deps.allowList.find(session.person.ids);
  return entry ? { via: 'session', caller: asCaller(session.person, entry), session } : null;
}

export type TokenCheck = { ok: true; who: Who } | { ok: false; status: 401 | 403 };

/** A bearer access token: verified against the issuer's keys, then its person looked up in the allow-list. */
export async function tokenCaller(deps: ServerDeps, token: string): Promise<TokenCheck> {
  let claims: Record<string, unknown>;
  try {
    claims = await deps.relyingParty.verifyAccessToken(token);
  } catch {
    return { ok: false, status: 401 };
  }
  const person = personFromClaims(claims, deps.config.oidc.userClaims);
  const entry = deps.allowList.find(person.ids);
  return entry ? { ok: true, who: { via: 'token', caller: asCaller(person, entry) } } : { ok: false, status: 403 };
}

/**
 * A call made with the session cookie must carry the session's CSRF token, and, when the browser names an origin,
 * come from this server's own. Answers 403 and returns true when it does not.
 */
export function refuseWithoutCsrf(
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  publicUrl: string,
): boolean {
  const origin = request.headers.origin;
  const fromElsewhere = origin !== undefined && origin !== new URL(publicUrl).origin;
  if (!fromElsewhere && sameSecret(request.headers[CSRF_HEADER], session.csrf)) return false;
  void reply
    .code(403)
    .type('application/json')
    .send(refusal('Forespørselen kom ikke fra AKAN Utvalg selv, og ble avvist. Last inn siden på nytt.'));
  return true;
}
