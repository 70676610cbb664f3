import path from 'node:path';

export const APP_FOLDER_NAME = 'AKAN Utvalg';
export const DATA_FILE_NAME = 'akan-utvalg.sqlite';

/**
 * The folder for the app's data: the user's *local* (never roaming or synced) application data folder,
 * because SQLite's WAL mode does not work on network file systems.
 */
export function defaultDataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(local, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.posix.join(env.XDG_DATA_HOME || path.posix.join(home, '.local', 'share'), APP_FOLDER_NAME);
}

export function defaultDataFile(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.AKAN_DATA_FILE) return env.AKAN_DATA_FILE;
  const folder = defaultDataFolder(platform, env, home);
  return platform === 'win32' ? path.win32.join(folder, DATA_FILE_NAME) : path.posix.join(folder, DATA_FILE_NAME);
}
