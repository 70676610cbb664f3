import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, dataFilePath, userDataDir } from '../../../electron/paths';

describe('userDataDir', () => {
  it('uses the local (not roaming) app data folder on Windows', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local', APPDATA: 'C:\\Users\\kari\\AppData\\Roaming' };
    expect(userDataDir('win32', env, 'C:\\Users\\kari')).toBe('C:\\Users\\kari\\AppData\\Local\\AKAN Utvalg');
  });

  it('falls back to USERPROFILE\\AppData\\Local when LOCALAPPDATA is missing', () => {
    expect(userDataDir('win32', { USERPROFILE: 'C:\\Users\\kari' }, '')).toBe(
      'C:\\Users\\kari\\AppData\\Local\\AKAN Utvalg',
    );
  });

  it('keeps Electron’s default on Windows when neither is set, rather than guessing', () => {
    expect(userDataDir('win32', {}, '')).toBeNull();
  });

  it('uses XDG_DATA_HOME, or ~/.local/share, on Linux', () => {
    expect(userDataDir('linux', { XDG_DATA_HOME: '/data/kari' }, '/home/kari')).toBe('/data/kari/AKAN Utvalg');
    expect(userDataDir('linux', {}, '/home/kari')).toBe('/home/kari/.local/share/AKAN Utvalg');
    expect(userDataDir('linux', { XDG_DATA_HOME: 'relative/dir' }, '/home/kari')).toBe(
      '/home/kari/.local/share/AKAN Utvalg',
    );
  });

  it('keeps Electron’s default on macOS', () => {
    expect(userDataDir('darwin', { LOCALAPPDATA: 'x' }, '/Users/kari')).toBeNull();
  });
});

describe('dataFilePath', () => {
  it('puts akan-utvalg.sqlite in the userData folder', () => {
    expect(DATA_FILE_NAME).toBe('akan-utvalg.sqlite');
    expect(dataFilePath('win32', {}, 'C:\\Users\\kari\\AppData\\Local\\AKAN Utvalg')).toBe(
      'C:\\Users\\kari\\AppData\\Local\\AKAN Utvalg\\akan-utvalg.sqlite',
    );
    expect(dataFilePath('linux', {}, '/home/kari/.local/share/AKAN Utvalg')).toBe(
      '/home/kari/.local/share/AKAN Utvalg/akan-utvalg.sqlite',
    );
  });

  it('honours AKAN_DATA_FILE', () => {
    expect(dataFilePath('linux', { AKAN_DATA_FILE: '/tmp/test/akan.sqlite' }, '/ignored')).toBe(
      '/tmp/test/akan.sqlite',
    );
    expect(dataFilePath('win32', { AKAN_DATA_FILE: 'D:\\akan\\akan.sqlite' }, 'C:\\ignored')).toBe(
      'D:\\akan\\akan.sqlite',
    );
  });
});
