import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CALLBACK_PATH, type LoginStart } from '../oidc';
import { notOnListPage, SIGNED_IN_SCRIPT, signedInAgainPage, signedOutPage, signInFailedPage } from '../pages';
import { asCaller, personFromClaims } from '../person';
import { caller, refuseWithoutCsrf } from '../caller';
import { cookieOptions, LOGIN_COOKIE, refusal, SESSION_COOKIE, type ServerDeps } from '../deps';

interface PendingLogin extends Omit<LoginStart, 'url'> {
  returnTo: string;
  popup: boolean;
  created: number;
}

const LOGIN_TTL_MS = 10 * 60 * 1000;
const MAX_PENDING = 10_000;

/** Only a path on this server (never `//host` or `/\host`) may be where sign-in ends. */
function safeReturn(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 2000 ? value : '/';
}

const html = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

/** Sign-in (authorization code with PKCE), the callback, sign-out and who is signed in. */
export function registerAuthRoutes(server: FastifyInstance, deps: ServerDeps): void {
  const { relyingParty, sessions, allowList, config } = deps;
  const pending = new Map<string, PendingLogin>();

  const sweep = () => {
    const now = Date.now();
    for (const [id, login] of pending) if (now - login.created > LOGIN_TTL_MS) pending.delete(id);
    while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
  };

  server.get(
    '/auth/login',
    async (request: FastifyRequest<{ Querystring: { returnTo?: string; popup?: string } }>, reply) => {
      sweep();
      const { url, ...checks } = await relyingParty.start();
      const id = crypto.randomBytes(24).toString('base64url');
      pending.set(id, {
        ...checks,
        returnTo: safeReturn(request.query.returnTo),
        popup: request.query.popup === '1',
        created: Date.now(),
      });
      reply.setCookie(LOGIN_COOKIE, id, { ...cookieOptions, maxAge: LOGIN_TTL_MS / 1000 });
      return reply.header('cache-control', 'no-store').redirect(url.href);
    },
  );

  server.get(CALLBACK_PATH, async (request, reply) => {
    const id = request.cookies[LOGIN_COOKIE];
    const login = id ? pending.get(id) : undefined;
    if (id) pending.delete(id);
    reply.clearCookie(LOGIN_COOKIE, cookieOptions);
    if (!login || Date.now() - login.created > LOGIN_TTL_MS) return html(reply, 400, signInFailedPage());
    let result: Awaited<ReturnType<typeof relyingParty.finish>>;
    try {
      result = await relyingParty.finish(new URL(request.url, config.publicUrl), login);
    } catch (error) {
      request.log.warn({ reason: error instanceof Error ? error.name : 'unknown' }, 'sign-in refused');
      return html(reply, 400, signInFailedPage());
    }
    const person = personFromClaims(result.claims, config.oidc.userClaims);
    const entry = allowList.find(person.ids);
    if (!entry) {
      request.log.info('sign-in by someone not on the allow-list');
      return html(reply, 403, notOnListPage(person.name, config.contact));
    }
    const session = sessions.create(asCaller(person, entry), result.idToken);
    reply.setCookie(SESSION_COOKIE, session.id, { ...cookieOptions, maxAge: config.sessionMaxHours * 3600 });
    if (login.popup) return html(reply, 200, signedInAgainPage());
    return reply.header('cache-control', 'no-store').redirect(login.returnTo);
  });

  server.get('/auth/signed-in.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(SIGNED_IN_SCRIPT),
  );

  server.get('/auth/me', async (request, reply) => {
    const who = caller(deps, request);
    if (!who) return reply.code(401).send(refusal('Du er ikke logget inn.'));
    const { name, email, role } = who.caller;
    return reply
      .header('cache-control', 'no-store')
      .send({ name, email, role, csrf: who.session.csrf, contact: config.contact });
  });

  server.post('/auth/logout', async (request, reply) => {
    const who = caller(deps, request);
    if (!who) return reply.code(401).send(refusal('Du er ikke logget inn.'));
    if (refuseWithoutCsrf(request, reply, who.session, config.publicUrl)) return reply;
    sessions.end(who.session.id);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    const after = new URL('/auth/signed-out', config.publicUrl).href;
    return reply.send({ next: relyingParty.endSessionUrl(who.session.idToken, after) ?? after });
  });

  server.get('/auth/signed-out', (_request, reply) => html(reply, 200, signedOutPage()));
}
