import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bindIpc, CHANGED_CHANNEL, FOLLOW_CHANNEL, INVOKE_CHANNEL, REFUSED, relayChanges } from '../../../electron/ipc';
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

describe('relaying changes to the window', () => {
  function sender(id: number) {
    const destroyed: (() => void)[] = [];
    return {
      id,
      sent: [] as unknown[],
      isDestroyed: () => false,
      send(channel: string, batch: unknown) {
        this.sent.push([channel, batch]);
      },
      once: (_event: string, listener: () => void) => destroyed.push(listener),
      destroy: () => destroyed.forEach((listener) => listener()),
    };
  }

  it('follows for a window of the app, one subscription per window even across reloads, and stops when it closes', () => {
    const listeners = new Set<(batch: { seq: number; methods: string[] }) => void>();
    relayChanges((listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    const follow = electron.ipcMain.listeners.get(FOLLOW_CHANNEL)!;
    const window = sender(1);
    follow({ sender: window, senderFrame: { url: 'app://akan/index.html' } });
    follow({ sender: window, senderFrame: { url: 'app://akan/index.html' } });
    follow({ sender: sender(2), senderFrame: { url: 'https://evil.example/' } });
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener({ seq: 5, methods: ['units.create'] });
    expect(window.sent).toEqual([[CHANGED_CHANNEL, { seq: 5, methods: ['units.create'] }]]);
    window.destroy();
    expect(listeners.size).toBe(0);
  });
});
