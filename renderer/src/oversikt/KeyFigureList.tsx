import '../components/report/report.css';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { KeyFigure } from '../../../core/report/model';
import { formatValue } from '../components/report/formatValue';
import { routeOf } from '../screens';

function shown(f: KeyFigure): string {
  return f.value === null && f.kind !== 'count' ? '–' : formatValue(f.value, f.kind);
}

function Label({ figure }: { figure: KeyFigure }) {
  return <Link to={routeOf(figure.screen)}>{figure.label}</Link>;
}

function Single({ figure }: { figure: KeyFigure }) {
  return (
    <Card data-color="neutral" className="key-figure">
      <span className="key-figure-value">{shown(figure)}</span>
      <Paragraph data-size="sm">
        <Label figure={figure} />
      </Paragraph>
      {figure.detail ? (
        <Paragraph data-size="xs" className="muted">
          {figure.detail}
        </Paragraph>
      ) : null}
    </Card>
  );
}

/** Figures of one kind in one card, as a short list. */
function Group({ title, figures }: { title: string; figures: KeyFigure[] }) {
  return (
    <Card data-color="neutral" className="key-figure key-figure-group">
      <Heading level={3} data-size="2xs">
        {title}
      </Heading>
      <dl>
        {figures.map((f) => (
          <div key={f.id}>
            <dt>
              <Label figure={f} />
            </dt>
            <dd>{shown(f)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** The year's key figures as cards, each leading to the screen behind it; grouped figures share a card. */
export function KeyFigureList({ figures }: { figures: KeyFigure[] }) {
  const groups = [...new Set(figures.flatMap((f) => (f.group ? [f.group] : [])))];
  return (
    <ul className="key-figures" aria-label="Nøkkeltall">
      {figures
        .filter((f) => !f.group)
        .map((f) => (
          <li key={f.id}>
            <Single figure={f} />
          </li>
        ))}
      {groups.map((group) => (
        <li key={group} className="key-figures-wide">
          <Group title={group} figures={figures.filter((f) => f.group === group)} />
        </li>
      ))}
    </ul>
  );
}
