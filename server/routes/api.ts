import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contract } from '../../core/contract';
import { mayCall, requiredRole } from '../../core/access';
import { caller, refuseWithoutCsrf, tokenCaller, type Who } from '../caller';
import { refusal, SESSION_COOKIE, type ServerDeps } from '../deps';
import { changeLogName } from '../person';

const SIGNED_OUT = 'Du er ikke logget inn, eller økten er utløpt. Logg inn igjen.';
const NO_ACCESS = 'Du har ikke tilgang til AKAN Utvalg. Spør den som styrer tilgangen.';

function kindOf(method: string) {
  return Object.hasOwn(contract, method) ? contract[method as keyof typeof contract].kind : undefined;
}

/** `POST /api/<method>`: the same dispatch as the desktop app, for a signed-in person with the role the call needs. */
export function registerApiRoutes(server: FastifyInstance, deps: ServerDeps): void {
  server.post('/api/:method', async (request: FastifyRequest<{ Params: { method: string } }>, reply) => {
    const { method } = request.params;
    const authorization = request.headers.authorization;
    let who: Who | null;
    if (authorization !== undefined) {
      const token = /^Bearer ([\w.~+/-]+=*)$/.exec(authorization)?.[1];
      const check = token ? await tokenCaller(deps, token) : ({ ok: false, status: 401 } as const);
      if (!check.ok)
        return reply
          .code(check.status)
          .header('www-authenticate', 'Bearer')
          .send(refusal(check.status === 401 ? SIGNED_OUT : NO_ACCESS));
      who = check.who;
    } else {
      const signedIn = caller(deps, request);
      if (!signedIn) {
        const offList = deps.sessions.get(request.cookies[SESSION_COOKIE]) !== null;
        return reply.code(offList ? 403 : 401).send(refusal(offList ? NO_ACCESS : SIGNED_OUT));
      }
      if (refuseWithoutCsrf(request, reply, signedIn.session, deps.config.publicUrl)) return reply;
      who = signedIn;
    }
    if (!mayCall(who.caller.role, requiredRole(method, request.body, kindOf(method)))) {
      return reply.code(403).send(refusal(`Dette kan bare en administrator gjøre. Spør ${deps.config.contact}.`));
    }
    const result = await deps.app.dispatch(method, request.body, changeLogName(who.caller));
    return reply.header('cache-control', 'no-store').send(result);
  });
}
