import { formatNumber } from '../format';

export interface ChangeLine {
  key: string;
  unitName: string;
  indicatorName: string;
  before: number | null;
  after: number | string | null;
}

function shown(value: number | string | null): string {
  if (value === null) return 'ikke rapportert';
  return typeof value === 'number' ? formatNumber(value) : `«${value}»`;
}

/** Old → new per cell, in words («ikke rapportert» for an empty cell). */
export function ChangeList({ lines }: { lines: ChangeLine[] }) {
  return (
    <ul className="change-list">
      {lines.map((line) => (
        <li key={line.key}>
          {line.unitName}, {line.indicatorName}: {shown(line.before)} → {shown(line.after)}
        </li>
      ))}
    </ul>
  );
}

export function changedText(count: number): string {
  return count === 1 ? '1 tall' : `${formatNumber(count)} tall`;
}
