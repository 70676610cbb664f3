import type Database from 'better-sqlite3';

/** What changed since the last batch: the contract methods, in order; `*` when the whole file was swapped. */
export interface ChangeBatch {
  seq: number;
  methods: string[];
}

export type ChangeListener = (batch: ChangeBatch) => void;

export interface ChangeFeed {
  subscribe(listener: ChangeListener): () => void;
  close(): void;
}

export const CHANGE_POLL_MS = 400;

/**
 * Everyone's changes to one data file, from its change log: it sees writes made through this process and through
 * any other on the same file (a second window, the CLI, another server process). Polls only while someone listens.
 */
export function createChangeFeed(database: () => Database.Database | null, intervalMs = CHANGE_POLL_MS): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let timer: NodeJS.Timeout | null = null;
  let last: number | null = null;

  const latest = (sqlite: Database.Database) =>
    (sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM change_log').get() as { id: number }).id;

  function poll(): void {
    const sqlite = database();
    if (!sqlite || !sqlite.open) return;
    try {
      const top = latest(sqlite);
      if (last === null) last = top;
      if (top === last) return;
      const batch: ChangeBatch =
        top < last
          ? { seq: top, methods: ['*'] }
          : {
              seq: top,
              methods: (
                sqlite.prepare('SELECT method FROM change_log WHERE id > ? ORDER BY id LIMIT 1000').all(last) as {
                  method: string;
                }[]
              ).map((row) => row.method),
            };
      last = top;
      for (const listener of listeners) listener(batch);
    } catch {
      // Busy or being swapped: the next poll sees it.
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!timer) {
        const sqlite = database();
        if (last === null && sqlite?.open) last = latest(sqlite);
        timer = setInterval(poll, intervalMs);
        timer.unref();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    close() {
      listeners.clear();
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

/** One batch as a server-sent event. */
export function sseEvent(batch: ChangeBatch): string {
  return `event: change\ndata: ${JSON.stringify(batch)}\n\n`;
}
