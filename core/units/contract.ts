import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { read, write } from '../define';
import { type Paged, pageNumber } from '../paging';
import { id, requiredText, wholeNumber } from '../validation/fields';

export interface Unit extends Versioned {
  id: number;
  name: string;
  parentId: number | null;
  headcount: number | null;
  leaderCount: number | null;
  archived: boolean;
}

/** A unit in tree order, with what it adds up to together with the active units below it. */
export interface UnitTreeRow extends Unit {
  depth: number;
  /** "Helse og omsorg › Hjemmetjenesten". */
  path: string;
  /** Active units directly below. */
  childCount: number;
  totalHeadcount: number | null;
  totalLeaderCount: number | null;
}

/** A page of the tree (tree order, `LIST_PAGE_SIZE` rows), or the whole tree when it was asked for. */
export interface UnitTree extends Paged {
  rows: UnitTreeRow[];
}

/** An archived or restored unit and every unit that changed with it. */
export interface UnitChange extends Unit {
  affectedIds: number[];
}

export const unitFields = {
  name: requiredText(120, 'Skriv navnet på enheten.'),
  parentId: id('Velg en gyldig overordnet enhet.')
    .nullish()
    .transform((v) => v ?? null),
  headcount: wholeNumber(1_000_000, 'Antall ansatte')
    .nullish()
    .transform((v) => v ?? null),
  leaderCount: wholeNumber(100_000, 'Antall ledere')
    .nullish()
    .transform((v) => v ?? null),
};

const listInput = z
  .strictObject({
    includeArchived: z.boolean().optional(),
    /**
     * For a choice of unit (a filter): every unit when there are at most a page of them; in a larger organisation
     * the sectors (top-level units), and every unit in the sector of the unit given (null: none chosen yet).
     */
    choiceAround: id('Velg en gyldig enhet.').nullable().optional(),
  })
  .optional();
const treeInput = z
  .strictObject({
    includeArchived: z.boolean().optional(),
    /** Page (from 1) of the tree in tree order; page 1 is the default. */
    page: pageNumber,
    /** The whole tree at once, for a form's choice of parent unit (no page). */
    all: z.boolean({ error: 'Velg om hele enhetstreet skal vises.' }).optional(),
  })
  .optional();
/** `includeDescendants`: archive (or restore) the units below together with this one. */
const archiveInput = z.strictObject({ id: id(), ...atVersion, includeDescendants: z.boolean().optional() });
const unit = guardOf('units', 'denne enheten');

export const unitsContract = {
  'units.list': read(listInput).returns<Unit[]>(),
  'units.tree': read(treeInput).returns<UnitTree>(),
  'units.create': write(z.strictObject(unitFields), 'Enhet opprettet').returns<Unit>(),
  'units.update': write(
    z.strictObject({ id: id(), ...atVersion, ...unitFields }),
    'Enhet endret',
    unit,
  ).returns<Unit>(),
  'units.archive': write(archiveInput, 'Enhet arkivert', unit).returns<UnitChange>(),
  'units.restore': write(archiveInput, 'Enhet gjenopprettet', unit).returns<UnitChange>(),
};
