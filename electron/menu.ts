import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

export function menuTemplate(options: { devTools: boolean; onAbout: () => void }): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = options.devTools
    ? [
        { type: 'separator' },
        { role: 'reload', label: 'Last inn på nytt' },
        { role: 'toggleDevTools', label: 'Utviklerverktøy' },
      ]
    : [];
  return [
    { label: 'Fil', submenu: [{ role: 'quit', label: 'Avslutt' }] },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Angre' },
        { role: 'redo', label: 'Gjenta' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
        ...developer,
      ],
    },
    { label: 'Hjelp', submenu: [{ label: 'Om AKAN Utvalg', click: options.onAbout }] },
  ];
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'Om AKAN Utvalg',
    message: 'AKAN Utvalg',
    detail: `Versjon ${app.getVersion()}\nArbeidsverktøy for kommunens AKAN-utvalg.`,
    buttons: ['Lukk'],
  });
}

export function installMenu(options: { devTools: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ devTools: options.devTools, onAbout: showAbout })));
}
