// A stand-in for the `electron` module (its binary cannot run here). Test files install it with
// `vi.mock('electron', () => import('./fakeElectron'))` and reach it through `fakeElectron()`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export const state = {
  lock: true,
  isPackaged: true,
  notificationsSupported: true,
  paths: { userData: '/fake/userData' } as Record<string, string>,
};

export interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
}

export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent & Record<string, unknown> {
  return { preventDefault: vi.fn(), ...extra };
}

class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static fromWebContents(_contents: unknown): BrowserWindow | null {
    return null;
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances;
  }
  webContents = new FakeWebContents();
  minimized = false;
  loadURL = vi.fn(async (_url: string) => {});
  show = vi.fn(() => this.emit('show'));
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(readonly options: Record<string, any>) {
    super();
    BrowserWindow.instances.push(this);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class Notification extends EventEmitter {
  static instances: Notification[] = [];
  static isSupported = vi.fn(() => state.notificationsSupported);
  show = vi.fn();
  constructor(readonly options: { title: string; body: string }) {
    super();
    Notification.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  get isPackaged(): boolean {
    return state.isPackaged;
  }
  setPath = vi.fn((name: string, value: string) => {
    state.paths[name] = value;
  });
  getPath = vi.fn((name: string) => state.paths[name] ?? `/fake/${name}`);
  getVersion = vi.fn(() => '0.1.0');
  requestSingleInstanceLock = vi.fn(() => state.lock);
  quit = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  enableSandbox = vi.fn();
  setAppUserModelId = vi.fn();
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, (...args: any[]) => unknown>(),
  listeners: new Map<string, (...args: any[]) => unknown>(),
  handle: vi.fn((channel: string, handler: (...args: any[]) => unknown) => {
    ipcMain.handlers.set(channel, handler);
  }),
  on: vi.fn((channel: string, listener: (...args: any[]) => unknown) => {
    ipcMain.listeners.set(channel, listener);
  }),
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  listeners: new Map<string, (...args: any[]) => unknown>(),
  on: vi.fn((channel: string, listener: (...args: any[]) => unknown) => {
    ipcRenderer.listeners.set(channel, listener);
  }),
  removeListener: vi.fn((channel: string) => {
    ipcRenderer.listeners.delete(channel);
  }),
  send: vi.fn((..._args: unknown[]) => {}),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const net = { fetch: vi.fn(async (_url: string) => new Response(null, { status: 503 })) };
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => false),
  encryptString: vi.fn((text: string) => Buffer.from(text)),
  decryptString: vi.fn((sealed: Buffer) => sealed.toString()),
};
export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const dialog = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/valgt/sti'] })),
};
export const Menu = {
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
};

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the module's own type, for the mocked import
export type FakeElectron = typeof import('./fakeElectron');

/** The fake exactly as the code under test sees it (also after `vi.resetModules()`). */
export async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  Object.assign(state, {
    lock: true,
    isPackaged: true,
    notificationsSupported: true,
    paths: { userData: '/fake/userData' },
  });
  BrowserWindow.instances = [];
  Notification.instances = [];
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  ipcRenderer.listeners.clear();
  app.removeAllListeners();
}
