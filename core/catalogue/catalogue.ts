import { count, eq } from 'drizzle-orm';
import {
  NOW_UTC,
  type campaignThemes,
  type statisticsCounts,
  type statisticsIndicators,
  type trainingTopics,
  type trainings,
} from '../../db/schema';
import type { AppContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import type { CatalogueEntry } from './contract';
import { prefixed } from './prefixed';

type CatalogueTable = typeof trainingTopics | typeof campaignThemes | typeof statisticsIndicators;

/** How the messages name an entry: «emnet», «et emne», «det», «et nytt». */
export interface CatalogueWords {
  the: string;
  a: string;
  it: string;
  aNew: string;
}

export interface CatalogueSpec<E extends CatalogueEntry> {
  table: CatalogueTable;
  words: CatalogueWords;
  /** The entries in the catalogue's order, archived ones only when asked for. */
  list(ctx: AppContext, includeArchived: boolean): E[];
  /** Why the entry may not be deleted (it is in use, or built in), or null. */
  removeRefusal(entry: E): string | null;
}

/** How many rows of `column`'s table point at each entry (entries nothing uses are absent). */
export function usageCounts(ctx: AppContext, column: typeof trainings.topicId | typeof statisticsCounts.indicatorId) {
  return new Map(
    ctx.db
      .select({ id: column, n: count() })
      .from(column.table)
      .groupBy(column)
      .all()
      .map((r) => [r.id, r.n]),
  );
}

/** The fields every catalogue entry has, from its row. */
export function entryOf(row: { id: number; version: number; name: string; archivedAt: string | null }): CatalogueEntry {
  return { id: row.id, version: row.version, name: row.name, archived: row.archivedAt !== null };
}

/** Same name, ignoring case and surrounding space. */
function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
}

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase('nb') + word.slice(1);

/**
 * The rules every editable catalogue keeps: names unique (ignoring case), archive and restore instead of losing
 * what uses an entry, delete only what nothing uses.
 */
export function catalogue<E extends CatalogueEntry>(spec: CatalogueSpec<E>) {
  const { table, words } = spec;

  function get(ctx: AppContext, id: number): E {
    const entry = spec.list(ctx, true).find((e) => e.id === id);
    if (!entry) throw notFound(words.the);
    return entry;
  }

  function assertNameFree(ctx: AppContext, name: string, id?: number): void {
    const twin = spec.list(ctx, true).find((e) => e.id !== id && sameName(e.name, name));
    if (!twin) return;
    const hint = twin.archived
      ? ` ${capitalised(words.it)} er arkivert – hent ${words.it} fram igjen i stedet for å lage ${words.aNew}.`
      : '';
    throw fieldError('name', `Det finnes allerede ${words.a} som heter «${twin.name}».${hint}`);
  }

  function setArchived(ctx: AppContext, id: number, archived: boolean): E {
    const entry = get(ctx, id);
    if (entry.archived === archived) {
      const state = archived ? 'er allerede arkivert' : 'er ikke arkivert';
      throw new AppError('conflict', `${capitalised(words.the)} «${entry.name}» ${state}.`);
    }
    ctx.db
      .update(table)
      .set({ archivedAt: archived ? ctx.now().toISOString() : null, updatedAt: NOW_UTC })
      .where(eq(table.id, id))
      .run();
    return get(ctx, id);
  }

  function remove(ctx: AppContext, id: number, before?: () => void): { id: number } {
    const refusal = spec.removeRefusal(get(ctx, id));
    if (refusal) throw new AppError('conflict', refusal);
    before?.();
    ctx.db.delete(table).where(eq(table.id, id)).run();
    return { id };
  }

  return { get, assertNameFree, setArchived, remove };
}

/** The handlers `<area>.list/create/update/archive/restore/remove` of a catalogue whose entries are only a name (see `catalogueMethods`). */
export function nameCatalogue<A extends string, E extends CatalogueEntry>(
  area: A,
  spec: CatalogueSpec<E> & { table: typeof trainingTopics | typeof campaignThemes },
) {
  const rules = catalogue(spec);
  const { table } = spec;
  return prefixed(area, {
    list: (ctx: AppContext, input?: { includeArchived?: boolean }) => spec.list(ctx, input?.includeArchived ?? false),
    create: (ctx: AppContext, { name }: { name: string }) => {
      rules.assertNameFree(ctx, name);
      return rules.get(ctx, ctx.db.insert(table).values({ name }).returning().get().id);
    },
    update: (ctx: AppContext, { id, name }: { id: number; name: string }) => {
      rules.get(ctx, id);
      rules.assertNameFree(ctx, name, id);
      ctx.db.update(table).set({ name, updatedAt: NOW_UTC }).where(eq(table.id, id)).run();
      return rules.get(ctx, id);
    },
    archive: (ctx: AppContext, { id }: { id: number }) => rules.setArchived(ctx, id, true),
    restore: (ctx: AppContext, { id }: { id: number }) => rules.setArchived(ctx, id, false),
    remove: (ctx: AppContext, { id }: { id: number }) => rules.remove(ctx, id),
  });
}
