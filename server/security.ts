import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { refusal } from './deps';
import { notFoundPage } from './pages';

/** The desktop app's Content-Security-Policy (electron/protocol.ts), for the browser. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

const MESSAGES: Record<number, string> = {
  400: 'Forespørselen er ikke gyldig.',
  404: 'Finnes ikke.',
  405: 'Ikke tillatt.',
  413: 'Forespørselen er for stor.',
  415: 'Send data som JSON.',
  429: 'For mange forespørsler på kort tid. Vent et minutt og prøv igjen.',
};

/** Headers, the expected Host, request rate and Norwegian answers for whatever the framework refuses. */
export async function registerSecurity(server: FastifyInstance, config: ServerConfig): Promise<void> {
  const publicHost = new URL(config.publicUrl).host;

  await server.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    strictTransportSecurity: { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });

  // A request for another host name (DNS rebinding, a spoofed Host) is refused before anything else looks at it.
  server.addHook('onRequest', async (request, reply) => {
    if (request.url === '/healthz') return;
    if (request.host !== publicHost) return reply.code(421).type('application/json').send(refusal('Ukjent vertsnavn.'));
  });

  await server.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({ statusCode: context.statusCode, message: MESSAGES[429] }),
  });

  server.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: { type: error.name, code: error.code } }, 'request failed');
    return reply
      .code(status)
      .type('application/json')
      .send(refusal(MESSAGES[status] ?? 'Noe gikk galt på serveren. Prøv igjen.'));
  });

  server.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && request.headers.accept?.includes('text/html'))
      return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage());
    return reply
      .code(404)
      .type('application/json')
      .send(refusal(MESSAGES[404] ?? ''));
  });
}
