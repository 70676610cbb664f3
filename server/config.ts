import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROLES } from '../core/access';
import { norwegianIssueMessage } from '../core/validation/messages';
import { isAbsolutePath } from '../core/validation/paths';

const absolute = (what: string) =>
  z
    .string({ error: `${what} mangler.` })
    .refine((p) => isAbsolutePath(p), { error: `${what} må være en hel sti, for eksempel /var/lib/akan-utvalg/….` });

const httpsUrl = (what: string, allowHttp: boolean) =>
  z
    .url({ error: `${what} må være en adresse som https://akan.kommune.no.` })
    .refine((u) => u.startsWith('https://') || (allowHttp && /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u)), {
      error: `${what} må begynne med https://.`,
    });

export const userEntry = z.strictObject({
  /** E-mail/UPN, or the identity provider's user id (sub/oid). Matched without regard to case. */
  id: z
    .string({ error: 'Hver bruker må ha id (e-post/UPN eller brukerens id hos innloggingstjenesten).' })
    .trim()
    .min(1, { error: 'Bruker-id kan ikke være tom.' })
    .max(320),
  name: z.string().trim().max(200).optional(),
  role: z.enum(ROLES, { error: 'Rollen må være «member» eller «admin».' }),
});
export type UserEntry = z.infer<typeof userEntry>;

const oidc = z.strictObject({
  issuer: z.string({ error: 'oidc.issuer mangler.' }),
  clientId: z.string({ error: 'oidc.clientId mangler.' }).min(1, { error: 'oidc.clientId kan ikke være tom.' }),
  /** Leave out for a public client; `AKAN_OIDC_CLIENT_SECRET` overrides it so the secret can stay out of the file. */
  clientSecret: z.string().min(1).optional(),
  scopes: z.string().default('openid profile email'),
  /** The audience bearer access tokens must carry (the desktop app's calls); without it only browser sessions work. */
  audience: z.string().min(1).optional(),
  /** Claims that may name the user, tried in order against the allow-list. */
  userClaims: z.array(z.string().min(1)).min(1).default(['preferred_username', 'upn', 'email', 'oid', 'sub']),
  /** The desktop app's own client at the identity provider: public (no secret), PKCE, loopback redirect (RFC 8252). */
  desktopClientId: z.string().min(1).optional(),
  /** What the desktop app asks for; `offline_access` lets it stay signed in with a refresh token. */
  desktopScopes: z.string().default('openid profile email offline_access'),
  /** Only for tests and trials on one machine: an issuer on http://127.0.0.1. */
  allowHttpIssuer: z.boolean().default(false),
});

const schema = z
  .strictObject({
    dataFile: absolute('dataFile (datafilen)'),
    backupFolder: absolute('backupFolder (mappen for sikkerhetskopier)').optional(),
    publicUrl: httpsUrl('publicUrl (adressen brukerne åpner)', false),
    listen: z.strictObject({
      host: z.string().default('0.0.0.0'),
      port: z
        .number({ error: 'listen.port må være et tall.' })
        .int()
        .min(1, { error: 'listen.port må være fra 1 til 65535.' })
        .max(65535, { error: 'listen.port må være fra 1 til 65535.' }),
    }),
    tls: z
      .strictObject({ cert: absolute('tls.cert (sertifikatet)'), key: absolute('tls.key (den private nøkkelen)') })
      .nullable(),
    /** Must be given when `tls` is null: the address of the TLS reverse proxy in front (true trusts any). */
    trustProxy: z.union([z.boolean(), z.string().min(1), z.array(z.string().min(1))]).optional(),
    oidc,
    users: z.array(userEntry).default([]),
    /** Who to ask for access, shown on the 403 page (e.g. «Kari Nordmann, leder i AKAN-utvalget»). */
    contact: z
      .string({ error: 'contact (hvem man ber om tilgang) mangler.' })
      .trim()
      .min(1, { error: 'contact kan ikke være tom.' })
      .max(300),
    sessionIdleMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
    sessionMaxHours: z.number().int().min(1).max(24).default(10),
    rateLimitPerMinute: z.number().int().min(10).max(100_000).default(600),
    bodyLimitBytes: z
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 * 1024)
      .default(2 * 1024 * 1024),
    /** The largest export file an administrator may send to `POST /api/import-upload` (a whole committee's data). */
    importLimitBytes: z
      .number()
      .int()
      .min(1024 * 1024)
      .max(2 * 1024 * 1024 * 1024)
      .default(200 * 1024 * 1024),
    staticDir: absolute('staticDir (det bygde grensesnittet)').optional(),
  })
  .superRefine((config, ctx) => {
    if (config.tls === null && config.trustProxy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['trustProxy'],
        message: 'Uten tls må trustProxy settes: adressen til den omvendte proxyen som tar seg av HTTPS.',
      });
    }
    const issuer = httpsUrl('oidc.issuer', config.oidc.allowHttpIssuer).safeParse(config.oidc.issuer);
    if (!issuer.success)
      ctx.addIssue({
        code: 'custom',
        path: ['oidc', 'issuer'],
        message: issuer.error.issues[0]?.message ?? 'oidc.issuer er ugyldig.',
      });
    const ids = new Set<string>();
    for (const user of config.users) {
      const id = user.id.toLowerCase();
      if (ids.has(id))
        ctx.addIssue({ code: 'custom', path: ['users'], message: `${user.id} står mer enn én gang i users.` });
      ids.add(id);
    }
  });

export type ServerConfig = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses a config object; every problem is named by its field in Norwegian. */
export function parseConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = schema.safeParse(raw, { error: norwegianIssueMessage });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.');
      return issue.code === 'unrecognized_keys'
        ? `Ukjent innstilling: ${issue.keys.join(', ')}${where ? ` (i ${where})` : ''}.`
        : `${where ? `${where}: ` : ''}${issue.message}`;
    });
    throw new ConfigError(`Konfigurasjonen er ikke gyldig:\n- ${lines.join('\n- ')}`);
  }
  const secret = env.AKAN_OIDC_CLIENT_SECRET;
  return secret ? { ...parsed.data, oidc: { ...parsed.data.oidc, clientSecret: secret } } : parsed.data;
}

export function readConfigFile(file: string): unknown {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(resolved, 'utf8');
  } catch {
    throw new ConfigError(`Fant ikke konfigurasjonsfilen ${resolved}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${resolved} er ikke gyldig JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function loadConfig(file: string): ServerConfig {
  return parseConfig(readConfigFile(file));
}
