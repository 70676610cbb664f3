import { CONTRACT_VERSION } from '../../core/version';
import type { Fetch, ServerInfo, ServerInfoAnswer } from './types';

export type ServerCheck = { ok: true; url: string; info: ServerInfo } | { ok: false; message: string };

const TIMEOUT_MS = 10_000;

/** The address as typed («akan.kommune.no», «https://akan.kommune.no/»), as the server's origin; null if it is not one. */
export function serverOrigin(typed: string): URL | null {
  const text = typed.trim();
  if (text === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.username || url.password || url.search || url.hash ? null : new URL(url.origin);
  } catch {
    return null;
  }
}

function isServerInfo(value: unknown): value is ServerInfoAnswer {
  const v = value as Partial<ServerInfoAnswer> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.product === 'AKAN Utvalg' &&
    typeof v.version === 'string' &&
    typeof v.contractVersion === 'number' &&
    typeof v.oidc === 'object'
  );
}

/** Checks that the address is an AKAN Utvalg server over HTTPS that speaks this app's contract. */
export async function checkServer(typed: string, fetch: Fetch): Promise<ServerCheck> {
  const origin = serverOrigin(typed);
  if (!origin) return { ok: false, message: 'Skriv serverens adresse, for eksempel https://akan.kommune.no.' };
  if (origin.protocol !== 'https:')
    return { ok: false, message: 'Serveren må bruke en sikker forbindelse (adressen må begynne med https://).' };
  let response: Response;
  try {
    response = await fetch(new URL('/api/server-info', origin), {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? '';
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(cause)) {
      return { ok: false, message: 'Serverens sertifikat er ikke gyldig for denne PC-en. Ta kontakt med IT.' };
    }
    return { ok: false, message: `Fikk ikke kontakt med ${origin.host}. Sjekk adressen og nettverket, og prøv igjen.` };
  }
  const body: unknown = response.ok ? await response.json().catch(() => null) : null;
  if (!isServerInfo(body)) return { ok: false, message: `${origin.host} svarer, men er ikke en AKAN Utvalg-server.` };
  if (body.contractVersion !== CONTRACT_VERSION) {
    const newer = body.contractVersion > CONTRACT_VERSION;
    return {
      ok: false,
      message: newer
        ? `Serveren kjører en nyere AKAN Utvalg (${body.version}). Oppdater appen på denne PC-en først.`
        : `Serveren kjører en eldre AKAN Utvalg (${body.version}). Be IT oppdatere serveren først.`,
    };
  }
  if (!body.oidc || typeof body.oidc.issuer !== 'string' || typeof body.oidc.desktopClientId !== 'string') {
    return {
      ok: false,
      message:
        'Serveren er ikke satt opp for innlogging fra skrivebordsappen ennå. Be IT legge inn oidc.desktopClientId.',
    };
  }
  return { ok: true, url: origin.href.replace(/\/$/, ''), info: { ...body, oidc: body.oidc } };
}
