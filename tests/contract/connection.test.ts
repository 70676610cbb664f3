import { expect, test } from 'vitest';
import { freshApp, ok } from '../support/app';

test('outside the desktop app the data are this face’s own file, and switching to a server is refused with why', async () => {
  const app = await freshApp();
  expect(await ok(app, 'connection.status', {})).toEqual({
    mode: 'local',
    canSwitch: false,
    serverUrl: null,
    organisationName: null,
    signedInAs: null,
    signedIn: false,
    movedTo: null,
  });
  for (const [method, input] of [
    ['connection.useServer', { url: 'https://akan.kommune.no' }],
    ['connection.signIn', {}],
    ['connection.useLocal', {}],
    ['connection.moveToServer', { url: 'https://akan.kommune.no' }],
  ] as const) {
    expect(await app.invoke(method, input as never)).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('skrivebordsappen') },
    });
  }
  expect(await app.invoke('connection.useServer', { url: '' })).toMatchObject({
    ok: false,
    error: { code: 'validation', fields: { url: 'Skriv serverens adresse.' } },
  });
  app.close();
});
