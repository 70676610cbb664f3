import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANGED_CHANNEL, FOLLOW_CHANNEL, INVOKE_CHANNEL } from '../../../electron/ipc';
import { type FakeElectron, fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;

beforeAll(async () => {
  electron = await fakeElectron();
  electron.resetFakeElectron();
  await import('../../../electron/preload');
});

function exposed(): Record<string, unknown> {
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  if (!call) throw new Error('nothing exposed');
  return call[1] as Record<string, unknown>;
}

describe('the preload', () => {
  it('exposes exactly one object, window.akan, holding only invoke, onChange and pickPath', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('akan');
    expect(Object.keys(exposed())).toEqual(['invoke', 'onChange', 'pickPath']);
    expect(typeof exposed().invoke).toBe('function');
  });

  it('onChange asks the main process to follow, relays each batch (not the event), and stops on request', () => {
    const seen: unknown[] = [];
    const stop = (exposed().onChange as (listener: (batch: unknown) => void) => () => void)((batch) =>
      seen.push(batch),
    );
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(FOLLOW_CHANNEL);
    electron.ipcRenderer.listeners.get(CHANGED_CHANNEL)?.(
      { sender: 'ipc-event' },
      { seq: 3, methods: ['plan.create'] },
    );
    expect(seen).toEqual([{ seq: 3, methods: ['plan.create'] }]);
    stop();
    expect(electron.ipcRenderer.listeners.has(CHANGED_CHANNEL)).toBe(false);
  });

  it('forwards invoke to the one IPC channel and nothing else', async () => {
    const invoke = exposed().invoke as (method: string, input: unknown) => Promise<unknown>;
    await expect(invoke('settings.get', {})).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'settings.get', {});
  });

  it('imports nothing but electron (a sandboxed preload cannot load Node modules)', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../../electron/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
    expect(imports).toEqual(['electron']);
  });
});
