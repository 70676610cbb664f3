const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1e2b3c}' +
  'a{color:#0062ba}h1{font-size:1.6rem}';

/** A plain server page in Norwegian; `script` names a file under /auth/ (the CSP allows no inline script). */
function page(title: string, body: string, script?: string): string {
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – AKAN Utvalg</title><style>${STYLE}</style>${script ? `<script src="/auth/${script}" defer></script>` : ''}</head>
<body><main><h1>${escape(title)}</h1>${body}</main></body>
</html>`;
}

export function notOnListPage(name: string, contact: string): string {
  return page(
    'Du har ikke tilgang til AKAN Utvalg',
    `<p>Du er logget inn som ${escape(name || 'en ukjent bruker')}, men står ikke på listen over dem som kan bruke AKAN-utvalgets data.</p>
<p>Trenger du tilgang, spør ${escape(contact)}.</p>
<p><a href="/auth/login">Logg inn som en annen</a></p>`,
  );
}

export function signedOutPage(): string {
  return page('Du er logget ut', '<p>Du er logget ut av AKAN Utvalg.</p><p><a href="/">Logg inn igjen</a></p>');
}

export function signInFailedPage(): string {
  return page(
    'Innloggingen ble ikke fullført',
    '<p>Innloggingen tok for lang tid eller ble avbrutt, så du er ikke logget inn.</p><p><a href="/">Prøv igjen</a></p>',
  );
}

/** Shown in the window the app opened when a session lapsed; its script tells the app, which then carries on. */
export function signedInAgainPage(): string {
  return page('Du er logget inn igjen', '<p>Du kan lukke dette vinduet og fortsette der du var.</p>', 'signed-in.js');
}

export const SIGNED_IN_SCRIPT = `new BroadcastChannel('akan-auth').postMessage('signed-in');window.close();`;

export function notFoundPage(): string {
  return page('Siden finnes ikke', '<p><a href="/">Til AKAN Utvalg</a></p>');
}
