import fs from 'node:fs';
import { parseConfig, readConfigFile, type UserEntry } from './config';

export interface AllowList {
  /** The entry for the first of `ids` (claims of the signed-in person) that is on the list, or null. */
  find(ids: readonly string[]): UserEntry | null;
}

export function staticAllowList(users: readonly UserEntry[]): AllowList {
  const byId = new Map(users.map((user) => [user.id.toLowerCase(), user]));
  return {
    find: (ids) => {
      for (const id of ids) {
        const user = byId.get(id.toLowerCase());
        if (user) return user;
      }
      return null;
    },
  };
}

/**
 * The allow-list of the config file, read again whenever the file changes, so `users add/remove` take effect on the
 * next call, also for people already signed in. A file that no longer parses keeps the last good list.
 */
export function fileAllowList(
  file: string,
  initial: readonly UserEntry[],
  onReloadError: (error: unknown) => void,
): AllowList {
  let mtime = fs.statSync(file).mtimeMs;
  let list = staticAllowList(initial);
  return {
    find: (ids) => {
      const now = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (now !== undefined && now !== mtime) {
        mtime = now;
        try {
          list = staticAllowList(parseConfig(readConfigFile(file)).users);
        } catch (error) {
          onReloadError(error);
        }
      }
      return list.find(ids);
    },
  };
}
