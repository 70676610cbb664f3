const KEY = 'akan-bridge-token';
const IN_FRAGMENT = /^#token=([0-9a-f]+)(.*)$/;
let remembered = '';

/**
 * The preview prints its address with the token in the fragment (`#token=…`, optionally followed by `#/route`),
 * which the browser never sends to the server. Keep it for this tab's session and take it out of the address.
 */
function adopt(): void {
  const match = IN_FRAGMENT.exec(window.location.hash);
  if (!match) return;
  remembered = match[1] ?? '';
  try {
    sessionStorage.setItem(KEY, remembered);
  } catch {
    // Storage refused: the token lives in memory until the page is reloaded.
  }
  const rest = match[2] ?? '';
  window.history.replaceState(null, '', `${window.location.pathname}${rest.startsWith('#') ? rest : '#/'}`);
}

/** Must run before the router reads the address; also catches a token arriving by a later fragment change. */
export function adoptBridgeToken(): void {
  adopt();
  window.addEventListener('popstate', adopt);
  window.addEventListener('hashchange', adopt);
}

/** The preview's token from the fragment, or the server's CSRF token from the page it served. */
export function bridgeToken(): string {
  const served = document.querySelector('meta[name="akan-bridge-token"]')?.getAttribute('content');
  if (served) return served;
  if (remembered) return remembered;
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}
