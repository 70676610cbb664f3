import type { FastifyInstance } from 'fastify';
import { streamChanges } from '../../core/changeLog/stream';
import { authenticate } from '../authenticate';
import type { ServerDeps } from '../deps';

/** `GET /api/events`: what the others change, as server-sent events, for a signed-in person's open screens. */
export function registerEventsRoute(server: FastifyInstance, deps: ServerDeps): void {
  const open = new Set<() => void>();
  server.addHook('preClose', (done) => {
    for (const end of open) end();
    open.clear();
    done();
  });
  server.get('/api/events', async (request, reply) => {
    const who = await authenticate(deps, request, reply);
    if (!who) return reply;
    if (!deps.feed) return reply.code(404).send();
    reply.hijack();
    const end = streamChanges(deps.feed, request.raw, reply.raw);
    open.add(end);
    request.raw.on('close', () => open.delete(end));
    return reply;
  });
}
