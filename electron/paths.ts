import path from 'node:path';

export const APP_FOLDER = 'AKAN Utvalg';
export const DATA_FILE_NAME = 'akan-utvalg.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * The folder to pass to `app.setPath('userData', …)` before `ready`, or null to keep Electron's default.
 * Windows uses the *local* profile: the roaming one may be synced to a network share, where WAL does not work.
 */
export function userDataDir(platform: NodeJS.Platform, env: Env, home: string): string | null {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || (env.USERPROFILE && path.win32.join(env.USERPROFILE, 'AppData', 'Local'));
    return local ? path.win32.join(local, APP_FOLDER) : null;
  }
  if (platform === 'linux') {
    const xdg = env.XDG_DATA_HOME;
    const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
    return path.posix.join(base, APP_FOLDER);
  }
  return null;
}

/** The data file: `AKAN_DATA_FILE` if set, else `akan-utvalg.sqlite` in the userData folder. */
export function dataFilePath(platform: NodeJS.Platform, env: Env, userData: string): string {
  const paths = pathFor(platform);
  const override = env.AKAN_DATA_FILE;
  return override ? paths.resolve(override) : paths.join(userData, DATA_FILE_NAME);
}
