import type Database from 'better-sqlite3';

/**
 * A token that changes whenever what a connection reads may have changed: rows it changed itself
 * (`total_changes()`, which counts every insert, update and delete since it opened, inside or outside the dispatch)
 * and commits by any other connection or process (`data_version`). Equal tokens on one connection mean equal data.
 */
export function dataVersion(sqlite: Database.Database): string {
  const own = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const others = sqlite.pragma('data_version', { simple: true }) as number;
  return `${others}:${own}`;
}

/**
 * Answers kept per connection for as long as its data stay as they were, by `key`; any change forgets them all, and
 * so does a refusal (it may not happen again). For reads whose inputs cost as much to gather as the read itself
 * (many years of counts), so that a key of the inputs would save nothing.
 */
export function whileUnchanged<V>(size: number) {
  let kept = new WeakMap<Database.Database, { version: string; answers: Map<string, Promise<V>> }>();
  return {
    get(sqlite: Database.Database, key: string, compute: () => Promise<V>): Promise<V> {
      const version = dataVersion(sqlite);
      let entry = kept.get(sqlite);
      if (!entry || entry.version !== version) {
        entry = { version, answers: new Map() };
        kept.set(sqlite, entry);
      }
      const { answers } = entry;
      const hit = answers.get(key);
      if (hit) return hit;
      const answer = compute();
      answer.catch(() => answers.delete(key));
      answers.set(key, answer);
      while (answers.size > size) answers.delete(answers.keys().next().value ?? '');
      return answer;
    },
    clear(): void {
      kept = new WeakMap();
    },
  };
}
