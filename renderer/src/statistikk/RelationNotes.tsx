import { Alert, Heading } from '@digdir/designsystemet-react';
import type { QuarterSheet } from '../../../core/statistics/contract';
import { relationNotes } from '../../../core/statistics/relationNotes';
import { type EntryCell, storedValue, typedValue } from './entryCells';

/** A calm note, as the committee types, where the numbers break a relation of the catalogue; saving is not refused. */
export function RelationNotes({
  sheet,
  cells,
  values,
}: {
  sheet: QuarterSheet;
  cells: EntryCell[];
  values: Record<string, string>;
}) {
  const typed = new Map(cells.map((c) => [`${c.unit.id}:${c.indicator.id}`, typedValue(values[c.key])]));
  const previous: QuarterSheet = { ...sheet, values: sheet.previous.values };
  const notes = relationNotes({
    label: sheet.label,
    previousLabel: sheet.previous.label,
    units: sheet.units,
    indicators: sheet.indicators,
    value: (unitId, indicatorId) => {
      const value = typed.get(`${unitId}:${indicatorId}`);
      return value === undefined ? storedValue(sheet, unitId, indicatorId) : Number.isInteger(value) ? value : null;
    },
    previous: (unitId, indicatorId) => storedValue(previous, unitId, indicatorId),
  });
  if (notes.length === 0) return null;
  return (
    <Alert data-color="info" className="relation-notes" aria-live="polite">
      <Heading level={2} data-size="xs">
        Noen tall stemmer ikke med hverandre
      </Heading>
      <ul>
        {notes.map((note) => (
          <li key={`${note.unitId}:${note.indicatorId}`}>{note.message}</li>
        ))}
      </ul>
    </Alert>
  );
}
