import { z } from 'zod';
import { read, write } from '../define';
import { id, requiredText, wholeNumber } from '../validation/fields';

export interface Unit {
  id: number;
  name: string;
  parentId: number | null;
  headcount: number | null;
  leaderCount: number | null;
  archived: boolean;
}

export const unitFields = {
  name: requiredText(120, 'Skriv navnet på enheten.'),
  parentId: id('Velg en gyldig overordnet enhet.').nullish().transform((v) => v ?? null),
  headcount: wholeNumber(1_000_000, 'Antall ansatte').nullish().transform((v) => v ?? null),
  leaderCount: wholeNumber(100_000, 'Antall ledere').nullish().transform((v) => v ?? null),
};

export const unitsContract = {
  'units.list': read(z.strictObject({ includeArchived: z.boolean().optional() }).optional()).returns<Unit[]>(),
  'units.create': write(z.strictObject(unitFields), 'Enhet opprettet').returns<Unit>(),
};
