import type { FastifyReply, FastifyRequest } from 'fastify';
import { caller, refuseWithoutCsrf, tokenCaller, type Who } from './caller';
import { refusal, SESSION_COOKIE, type ServerDeps } from './deps';

const SIGNED_OUT = 'Du er ikke logget inn, eller økten er utløpt. Logg inn igjen.';
const NO_ACCESS = 'Du har ikke tilgang til AKAN Utvalg. Spør den som styrer tilgangen.';

/**
 * Who calls: a bearer access token (the desktop app), or a browser session with its CSRF token. Answers 401 or 403
 * itself and resolves null when there is nobody on the allow-list behind the call.
 */
export async function authenticate(
  deps: ServerDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Who | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = /^Bearer ([\w.~+/-]+=*)$/.exec(authorization)?.[1];
    const check = token ? await tokenCaller(deps, token) : ({ ok: false, status: 401 } as const);
    if (check.ok) return check.who;
    void reply
      .code(check.status)
      .header('www-authenticate', 'Bearer')
      .send(refusal(check.status === 401 ? SIGNED_OUT : NO_ACCESS));
    return null;
  }
  const signedIn = caller(deps, request);
  if (!signedIn) {
    const offList = deps.sessions.get(request.cookies[SESSION_COOKIE]) !== null;
    void reply.code(offList ? 403 : 401).send(refusal(offList ? NO_ACCESS : SIGNED_OUT));
    return null;
  }
  if (refuseWithoutCsrf(request, reply, signedIn.session, deps.config.publicUrl)) return null;
  return signedIn;
}
