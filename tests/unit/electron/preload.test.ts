import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../../electron/ipc';
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
  it('exposes exactly one object, window.akan, holding only invoke', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('akan');
    expect(Object.keys(exposed())).toEqual(['invoke']);
    expect(typeof exposed().invoke).toBe('function');
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
