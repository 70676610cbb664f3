import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bindIpc, INVOKE_CHANNEL, REFUSED } from '../../../electron/ipc';
import { type FakeElectron, fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;
const answer = { ok: true as const, value: { organisationName: 'Testkommune' } };
const dispatch = vi.fn(async (_method: unknown, _input: unknown) => answer);

beforeEach(async () => {
  electron = await fakeElectron();
  electron.resetFakeElectron();
  bindIpc({ dispatch });
});

function invokeFrom(url: string | null, method: unknown = 'settings.get', input: unknown = {}) {
  const handler = electron.ipcMain.handlers.get(INVOKE_CHANNEL);
  if (!handler) throw new Error('no handler');
  return handler({ senderFrame: url === null ? null : { url } }, method, input);
}

describe('the IPC channel', () => {
  it('is one channel, akan:invoke', () => {
    expect(INVOKE_CHANNEL).toBe('akan:invoke');
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['akan:invoke']);
  });

  it('passes calls from app://akan through to dispatch and returns its answer', async () => {
    await expect(invokeFrom('app://akan/index.html#/oversikt', 'settings.get', {})).resolves.toEqual(answer);
    expect(dispatch).toHaveBeenCalledWith('settings.get', {});
  });

  it.each([
    'https://evil.example/',
    'file:///C:/x/index.html',
    'app://evil/index.html',
    'app://akan.evil/',
    'about:blank',
    '',
    null,
  ])('refuses a sender at %s without calling dispatch', async (url) => {
    await expect(invokeFrom(url)).resolves.toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses with an error answer in the contract’s shape and a Norwegian message', () => {
    expect(REFUSED).toEqual({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/avvist/), fields: {} },
    });
  });
});
