import { z } from 'zod';
import { type RecordGuard, type Versioned, atVersion } from '../concurrency/guard';
import { read, write } from '../define';
import { id } from '../validation/fields';

/** One entry of an editable catalogue (training topics, campaign themes, statistics indicators). */
export interface CatalogueEntry extends Versioned {
  id: number;
  name: string;
  archived: boolean;
}

/** The change log's words for each change to the catalogue. */
export interface CatalogueLabels {
  create: string;
  update: string;
  archive: string;
  restore: string;
  remove: string;
}

export const catalogueListInput = z.strictObject({ includeArchived: z.boolean().optional() }).optional();
export const catalogueEntryInput = z.strictObject({ id: id(), ...atVersion });

/** The methods of a catalogue whose entries are only a name: list, create, update (rename), archive, restore, remove. */
export function catalogueMethods<E extends CatalogueEntry>(
  name: z.ZodType<string, string>,
  guard: RecordGuard,
  labels: CatalogueLabels,
) {
  return {
    list: read(catalogueListInput).returns<E[]>(),
    create: write(z.strictObject({ name }), labels.create).returns<E>(),
    update: write(z.strictObject({ id: id(), ...atVersion, name }), labels.update, guard).returns<E>(),
    archive: write(catalogueEntryInput, labels.archive, guard).returns<E>(),
    restore: write(catalogueEntryInput, labels.restore, guard).returns<E>(),
    remove: write(catalogueEntryInput, labels.remove, guard).returns<{ id: number }>(),
  };
}
