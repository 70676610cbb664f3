import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { caller } from '../caller';
import type { ServerDeps } from '../deps';

/** The built renderer: the page for a signed-in person (with the session's CSRF token in it), and its assets. */
export async function registerWebRoutes(server: FastifyInstance, deps: ServerDeps): Promise<void> {
  const template = fs.readFileSync(path.join(deps.staticDir, 'index.html'), 'utf8');
  server.get('/', async (request, reply) => {
    const who = caller(deps, request);
    if (!who) return reply.header('cache-control', 'no-store').redirect('/auth/login');
    const meta = `<meta name="akan-bridge-token" content="${who.session.csrf}"><meta name="akan-server" content="1">`;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(template.replace('</head>', `${meta}</head>`));
  });
  const assets = path.join(deps.staticDir, 'assets');
  if (fs.existsSync(assets))
    await server.register(fastifyStatic, { root: assets, prefix: '/assets/', index: false, dotfiles: 'deny' });
}
