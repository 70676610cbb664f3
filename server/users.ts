import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig, readConfigFile, type UserEntry, userEntry } from './config';

type RawConfig = Record<string, unknown> & { users?: unknown };

function rawConfig(file: string): RawConfig {
  const raw = readConfigFile(file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(`${file} må inneholde et JSON-objekt.`);
  return raw as RawConfig;
}

/** Writes the config atomically, keeping its permissions, after checking that the result is still valid. */
function save(file: string, raw: RawConfig): void {
  parseConfig(raw, {});
  const mode = fs.statSync(file).mode & 0o777;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, `${JSON.stringify(raw, null, 2)}\n`, { mode });
  fs.renameSync(temp, file);
}

export function listUsers(file: string): UserEntry[] {
  return parseConfig(readConfigFile(file), {}).users;
}

/** Adds a person to the allow-list, or changes their role and name; the running server picks it up at once. */
export function addUser(file: string, entry: { id: string; role: string; name?: string }): UserEntry {
  const parsed = userEntry.safeParse(entry);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message).join(' '));
  const raw = rawConfig(file);
  const users = (Array.isArray(raw.users) ? raw.users : []) as UserEntry[];
  const others = users.filter((u) => String(u.id).toLowerCase() !== parsed.data.id.toLowerCase());
  save(file, { ...raw, users: [...others, parsed.data] });
  return parsed.data;
}

export function removeUser(file: string, id: string): void {
  const raw = rawConfig(file);
  const users = (Array.isArray(raw.users) ? raw.users : []) as UserEntry[];
  const kept = users.filter((u) => String(u.id).toLowerCase() !== id.trim().toLowerCase());
  if (kept.length === users.length) throw new ConfigError(`${id} står ikke på listen.`);
  save(file, { ...raw, users: kept });
}
