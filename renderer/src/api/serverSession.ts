import type { Role } from '../../../core/access';

/** When the page comes from the shared server (not the desktop app or the preview), its session lives in a cookie. */
export function servedByServer(): boolean {
  return document.querySelector('meta[name="akan-server"]')?.getAttribute('content') === '1';
}

export interface SignedInPerson {
  name: string;
  email: string;
  role: Role;
  csrf: string;
  /** Whom to ask for access or for what only an administrator may do. */
  contact: string;
}

/** Who is signed in; also refreshes the page's CSRF token (a new sign-in starts a new session). */
export async function fetchSignedIn(): Promise<SignedInPerson | null> {
  const response = await fetch('/auth/me', { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  const person = (await response.json()) as SignedInPerson;
  document.querySelector('meta[name="akan-bridge-token"]')?.setAttribute('content', person.csrf);
  return person;
}

let signingIn: Promise<boolean> | null = null;

/**
 * The session has lapsed: sign in again in a window of its own, so this page — and whatever was typed in it — stays
 * as it is. Resolves true once signed in (the call can then be sent again), false when the window could not open.
 */
export function signInAgain(): Promise<boolean> {
  signingIn ??= new Promise<boolean>((resolve) => {
    const popup = window.open('/auth/login?popup=1', 'akan-innlogging', 'popup,width=520,height=680');
    if (!popup) return resolve(false);
    const channel = new BroadcastChannel('akan-auth');
    channel.onmessage = () => {
      channel.close();
      void fetchSignedIn().then((person) => resolve(person !== null));
    };
  }).finally(() => {
    signingIn = null;
  });
  return signingIn;
}

export async function signOut(csrf: string): Promise<void> {
  const response = await fetch('/auth/logout', { method: 'POST', headers: { 'x-akan-token': csrf } });
  const answer = response.ok ? ((await response.json()) as { next: string }) : { next: '/auth/signed-out' };
  window.location.assign(answer.next);
}
