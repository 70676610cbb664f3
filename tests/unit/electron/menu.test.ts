import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate } from '../../../electron/menu';
import { type FakeElectron, fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.resetFakeElectron();
});

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const DEV_ROLES = ['toggleDevTools', 'reload', 'forceReload'];

describe('the application menu', () => {
  it('is in Norwegian: Fil, Rediger, Vis, Hjelp', () => {
    const template = menuTemplate({ devTools: false, onAbout: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    const labelled = items(template)
      .filter((item) => item.role)
      .map((item) => [item.role, item.label]);
    expect(labelled).toEqual([
      ['quit', 'Avslutt'],
      ['undo', 'Angre'],
      ['redo', 'Gjenta'],
      ['cut', 'Klipp ut'],
      ['copy', 'Kopier'],
      ['paste', 'Lim inn'],
      ['selectAll', 'Merk alt'],
      ['zoomIn', 'Zoom inn'],
      ['zoomOut', 'Zoom ut'],
      ['resetZoom', 'Faktisk størrelse'],
      ['togglefullscreen', 'Fullskjerm'],
    ]);
  });

  it('has no dev tools or reload in production', () => {
    const roles = items(menuTemplate({ devTools: false, onAbout: vi.fn() })).map((item) => item.role);
    for (const role of DEV_ROLES) expect(roles).not.toContain(role);
  });

  it('has dev tools in development', () => {
    const roles = items(menuTemplate({ devTools: true, onAbout: vi.fn() })).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('opens Om AKAN Utvalg from Hjelp', async () => {
    const onAbout = vi.fn();
    const about = items(menuTemplate({ devTools: false, onAbout })).find((item) => item.label === 'Om AKAN Utvalg');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalled();
  });

  it('installs the production menu, whose about box shows the version', () => {
    installMenu({ devTools: false });
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
    for (const role of DEV_ROLES) expect(items(template).map((item) => item.role)).not.toContain(role);
    (items(template).find((item) => item.label === 'Om AKAN Utvalg')?.click as () => void)();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'AKAN Utvalg', detail: expect.stringContaining('Versjon 0.1.0') }),
    );
  });
});
