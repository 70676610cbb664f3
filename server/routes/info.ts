import type { FastifyInstance } from 'fastify';
import { APP_VERSION, CONTRACT_VERSION } from '../../core/version';
import type { ServerDeps } from '../deps';

/**
 * `GET /api/server-info`: what the desktop app checks before it signs in — that this is an AKAN Utvalg server of its
 * contract generation, and where to sign in. Public: it holds nothing but the organisation's name.
 */
export function registerInfoRoute(server: FastifyInstance, deps: ServerDeps): void {
  server.get('/api/server-info', async (_request, reply) => {
    const settings = await deps.app.dispatch('settings.get', undefined);
    const organisationName = settings.ok
      ? ((settings.value as { organisationName?: string | null }).organisationName ?? null)
      : null;
    const { oidc } = deps.config;
    return reply.header('cache-control', 'no-store').send({
      product: 'AKAN Utvalg',
      version: APP_VERSION,
      contractVersion: CONTRACT_VERSION,
      organisationName,
      oidc: oidc.desktopClientId
        ? { issuer: oidc.issuer, desktopClientId: oidc.desktopClientId, scopes: oidc.desktopScopes }
        : null,
    });
  });
}
