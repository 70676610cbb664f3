import type { RelationNote, SheetIndicator, SheetUnit } from './contract';

/** Pure (the entry screen checks as the committee types). */

export interface RelationCheckInput {
  label: string;
  previousLabel: string;
  units: readonly Pick<SheetUnit, 'id' | 'name'>[];
  indicators: readonly Pick<SheetIndicator, 'id' | 'name' | 'measure' | 'adds' | 'takes'>[];
  /** The number for this quarter, null when not reported. */
  value(unitId: number, indicatorId: number): number | null;
  previous(unitId: number, indicatorId: number): number | null;
}

function signed(sign: string, name: string, value: number): string {
  return `${sign} «${name}» (${value})`;
}

/**
 * Where the numbers of one quarter break a relation of the catalogue, for a calm note (they are stored anyway).
 * A relation is checked only where every number in it is reported.
 */
export function relationNotes(input: RelationCheckInput): RelationNote[] {
  const names = new Map(input.indicators.map((i) => [i.id, i.name]));
  const notes: RelationNote[] = [];
  for (const indicator of input.indicators) {
    if (indicator.adds.length + indicator.takes.length === 0) continue;
    for (const unit of input.units) {
      const own = input.value(unit.id, indicator.id);
      const before = indicator.measure === 'stock' ? input.previous(unit.id, indicator.id) : 0;
      const adds = indicator.adds.map((id) => input.value(unit.id, id));
      const takes = indicator.takes.map((id) => input.value(unit.id, id));
      if (own === null || before === null || adds.includes(null) || takes.includes(null)) continue;
      const added = adds.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      const taken = takes.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      const expected = before + added - taken;
      if (expected === own) continue;
      const parts = [
        ...indicator.adds.map((id, i) => signed('+', names.get(id) ?? '', adds[i] ?? 0)),
        ...indicator.takes.map((id, i) => signed('−', names.get(id) ?? '', takes[i] ?? 0)),
      ].join(' ');
      const sum =
        indicator.measure === 'stock' ? `${input.previousLabel} (${before}) ${parts}` : parts.replace(/^\+ /, '');
      const where = indicator.measure === 'stock' ? `ved slutten av ${input.label}` : `for ${input.label}`;
      notes.push({
        unitId: unit.id,
        indicatorId: indicator.id,
        message: `${unit.name}: «${indicator.name}» ${where} er ${own}, men stemmer ikke med ${sum} = ${expected}. Tallene lagres likevel – sjekk dem gjerne.`,
      });
    }
  }
  return notes;
}
