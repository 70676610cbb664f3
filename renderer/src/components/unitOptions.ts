import type { Unit } from '../../../core/units/contract';
import { compareNames } from '../../../core/names';

/** Units for a select, each under its parent: "Helse og omsorg › Hjemmetjenesten". */
export function unitOptions(units: Unit[]): { value: string; label: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path = (unit: Unit): string => {
    const parent = unit.parentId !== null ? byId.get(unit.parentId) : undefined;
    return parent ? `${path(parent)} › ${unit.name}` : unit.name;
  };
  return units.map((u) => ({ value: String(u.id), label: path(u) })).sort((a, b) => compareNames(a.label, b.label));
}
