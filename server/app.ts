import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import type { ServerDeps } from './deps';
import { registerApiRoutes } from './routes/api';
import { registerAuthRoutes } from './routes/auth';
import { registerEventsRoute } from './routes/events';
import { registerImportUploadRoute } from './routes/importUpload';
import { registerInfoRoute } from './routes/info';
import { registerWebRoutes } from './routes/web';
import { registerSecurity } from './security';

export interface Tls {
  cert: string | Buffer;
  key: string | Buffer;
}

/** Logs say what happened to which path, never who, from where, or what data (no query strings, no bodies). */
const serializers = {
  req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
};

/** The server face: HTTPS (or behind a TLS proxy), sign-in, the contract, the renderer and the health check. */
export async function buildServer(
  deps: ServerDeps,
  tls: Tls | null,
  logger: FastifyServerOptions['logger'] = false,
): Promise<FastifyInstance> {
  const server = Fastify({
    ...(tls ? { https: tls } : {}),
    logger: logger === false ? false : { ...(typeof logger === 'object' ? logger : {}), serializers },
    trustProxy: deps.config.trustProxy ?? false,
    bodyLimit: deps.config.bodyLimitBytes,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;

  // JSON only: a form or text/plain post (what a cross-site page can send without asking) is refused with 415.
  server.removeAllContentTypeParsers();
  const parseJson = server.getDefaultJsonParser('error', 'error');
  server.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    body === '' ? done(null, undefined) : parseJson(request, body as string, done),
  );

  await registerSecurity(server, deps.config);
  await server.register(cookie);
  server.get('/healthz', async (_request, reply) => {
    const result = await deps.app.dispatch('settings.get', undefined);
    return reply
      .code(result.ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: result.ok ? 'ok' : 'unavailable' });
  });
  registerAuthRoutes(server, deps);
  registerInfoRoute(server, deps);
  registerEventsRoute(server, deps);
  await registerImportUploadRoute(server, deps);
  registerApiRoutes(server, deps);
  await registerWebRoutes(server, deps);
  return server;
}
