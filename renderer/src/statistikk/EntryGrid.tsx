import { Input, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import type { QuarterSheet, SheetIndicator, SheetUnit } from '../../../core/statistics/contract';
import type { FormState, FormValues } from '../forms/useForm';
import { formatNumber } from '../format';
import { type EntryCell, reportingStatus, sectorGroups, shownSectorName, storedValue, typedValue } from './entryCells';

interface GridProps {
  sheet: QuarterSheet;
  cells: EntryCell[];
  form: FormState<FormValues>;
}

type RowProps = GridProps & {
  cellAt: (unitId: number, indicatorId: number) => EntryCell | undefined;
  /** Units with at least one number stored for the quarter. */
  reported: ReadonlySet<number>;
};

/** The number in a cell as it reads now: what is typed where there is an input, what is stored elsewhere. */
function currentValue({ sheet, form, cellAt }: RowProps, unit: SheetUnit, indicator: SheetIndicator): number | null {
  const cell = cellAt(unit.id, indicator.id);
  if (!cell) return storedValue(sheet, unit.id, indicator.id);
  const typed = typedValue(form.values[cell.key]);
  return typeof typed === 'number' && Number.isInteger(typed) && typed >= 0 ? typed : null;
}

function SectorRow(props: RowProps & { name: string; units: SheetUnit[] }) {
  const { sheet, name, units } = props;
  return (
    <Table.Row className="stat-sector-row">
      <Table.HeaderCell scope="row">{name} (sum)</Table.HeaderCell>
      {sheet.indicators.map((indicator) => {
        const values = units.map((u) => currentValue(props, u, indicator));
        const known = values.filter((v): v is number => v !== null);
        return (
          <Table.Cell key={indicator.id} className="numeric">
            {known.length === 0 ? '–' : formatNumber(known.reduce((a, b) => a + b, 0))}
          </Table.Cell>
        );
      })}
    </Table.Row>
  );
}

function UnitRow(props: RowProps & { unit: SheetUnit; indented: boolean }) {
  const { sheet, form, cellAt, unit, indented, reported } = props;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row" className="stat-unit">
        {indented ? <span className="stat-indent">{unit.name}</span> : unit.name}
        {unit.lockedReason ? <span className="muted locked-reason"> {unit.lockedReason}</span> : null}
        {unit.editable && !reported.has(unit.id) ? <span className="muted not-reported"> Ikke rapportert</span> : null}
      </Table.HeaderCell>
      {sheet.indicators.map((indicator) => {
        const cell = cellAt(unit.id, indicator.id);
        if (!cell) {
          const value = storedValue(sheet, unit.id, indicator.id);
          return (
            <Table.Cell key={indicator.id} className="numeric">
              {value === null ? '–' : formatNumber(value)}
            </Table.Cell>
          );
        }
        return (
          <Table.Cell key={indicator.id} className="numeric">
            <Input
              id={form.fieldId(cell.key)}
              className="count-cell"
              inputMode="numeric"
              autoComplete="off"
              aria-label={`${indicator.name}, ${unit.name}`}
              aria-invalid={form.errors[cell.key] ? true : undefined}
              value={form.values[cell.key] ?? ''}
              onChange={(e) => form.set(cell.key, e.target.value)}
            />
          </Table.Cell>
        );
      })}
    </Table.Row>
  );
}

/** Units down, indicators across. Empty means not reported; sectors are the sums of their units. */
export function EntryGrid(grid: GridProps) {
  const { sheet, form, cells } = grid;
  const byCell = new Map(cells.map((c) => [`${c.unit.id}:${c.indicator.id}`, c]));
  const reported = new Set(sheet.values.map((v) => v.unitId));
  const props: RowProps = {
    ...grid,
    reported,
    cellAt: (unitId, indicatorId) => byCell.get(`${unitId}:${indicatorId}`),
  };
  const cellErrors = Object.entries(form.errors).filter(([path]) => path.startsWith('counts.'));
  return (
    <>
      <Paragraph className="reporting-status">{reportingStatus(sheet)}</Paragraph>
      <div className="table-scroll">
        <Table border className="entry-grid" data-size="sm">
          <caption>
            Antall per enhet i {shownSectorName(sheet) ? `${shownSectorName(sheet)}, ` : ''}
            {sheet.label}. La feltet stå tomt hvis enheten ikke har rapportert.
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Enhet</Table.HeaderCell>
              {sheet.indicators.map((i) => (
                <Table.HeaderCell key={i.id} className="numeric indicator-heading">
                  {i.name}
                  {i.archived ? ' (arkivert)' : ''}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sectorGroups(sheet.units).map((group) =>
              group.sectorName === null ? (
                group.units.map((unit) => <UnitRow key={unit.id} {...props} unit={unit} indented={false} />)
              ) : (
                <SectorBlock
                  key={`sector-${group.units[0]?.id}`}
                  {...props}
                  name={group.sectorName}
                  units={group.units}
                />
              ),
            )}
          </Table.Body>
        </Table>
      </div>
      {cellErrors.map(([path, message]) => (
        <ValidationMessage key={path}>{message}</ValidationMessage>
      ))}
    </>
  );
}

function SectorBlock(props: RowProps & { name: string; units: SheetUnit[] }) {
  return (
    <>
      <SectorRow {...props} />
      {props.units.map((unit) => (
        <UnitRow key={unit.id} {...props} unit={unit} indented />
      ))}
    </>
  );
}
