import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contract } from '../../core/contract';
import { mayCall, requiredRole } from '../../core/access';
import { authenticate } from '../authenticate';
import { refusal, type ServerDeps } from '../deps';
import { changeLogName } from '../person';

function kindOf(method: string) {
  return Object.hasOwn(contract, method) ? contract[method as keyof typeof contract].kind : undefined;
}

/** `POST /api/<method>`: the same dispatch as the desktop app, for a signed-in person with the role the call needs. */
export function registerApiRoutes(server: FastifyInstance, deps: ServerDeps): void {
  server.post('/api/:method', async (request: FastifyRequest<{ Params: { method: string } }>, reply) => {
    const { method } = request.params;
    const who = await authenticate(deps, request, reply);
    if (!who) return reply;
    if (!mayCall(who.caller.role, requiredRole(method, request.body, kindOf(method)))) {
      return reply.code(403).send(refusal(`Dette kan bare en administrator gjøre. Spør ${deps.config.contact}.`));
    }
    const result = await deps.app.dispatch(method, request.body, changeLogName(who.caller));
    return reply.header('cache-control', 'no-store').send(result);
  });
}
