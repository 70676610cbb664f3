import crypto from 'node:crypto';
import type { Person } from './person';

export interface Session {
  id: string;
  person: Person;
  /** Sent back by the page with every call (the `x-akan-token` header); a cross-site request cannot know it. */
  csrf: string;
  idToken?: string;
  created: number;
  seen: number;
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

const random = () => crypto.randomBytes(32).toString('base64url');

/**
 * Sessions kept in the server's memory only: a restart signs everyone out, and nothing about a session is ever
 * written to disk. A session ends when idle too long, when too old, or at sign-out.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  create(person: Person, idToken?: string): Session {
    this.sweep();
    const at = this.now();
    const session: Session = { id: random(), person, csrf: random(), idToken, created: at, seen: at };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id (and marks it used), or null. */
  get(id: string | undefined): Session | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    const at = this.now();
    if (at - session.seen > this.limits.idleMs || at - session.created > this.limits.maxMs) {
      this.sessions.delete(id);
      return null;
    }
    session.seen = at;
    return session;
  }

  end(id: string | undefined): Session | null {
    const session = this.get(id);
    if (id) this.sessions.delete(id);
    return session;
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    const at = this.now();
    for (const [id, s] of this.sessions)
      if (at - s.seen > this.limits.idleMs || at - s.created > this.limits.maxMs) this.sessions.delete(id);
  }
}

export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
