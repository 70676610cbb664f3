import { Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { PlanSummary } from '../../../core/plan/contract';
import { PLAN_STATUS_LABELS, PLAN_STATUSES } from '../../../core/plan/labels';
import { formatNumber } from '../format';
import './plan.css';

/** Planned against done, in words first, then as a bar and a table of counts. */
export function PlanProgress({ summary }: { summary: PlanSummary }) {
  const textId = useId();
  const text =
    summary.percentDone === null
      ? `Ingen punkter er planlagt for ${summary.year} ennå.`
      : `${summary.done} av ${summary.planned} planlagte punkter er fullført (${summary.percentDone} %).`;
  return (
    <div className="plan-progress">
      <Paragraph id={textId} data-size="lg">
        {text}
      </Paragraph>
      {summary.percentDone !== null ? (
        <progress className="plan-progress-bar" max={summary.planned} value={summary.done} aria-labelledby={textId} />
      ) : null}
      <table className="plan-counts">
        <caption>Punkter etter status</caption>
        <tbody>
          {PLAN_STATUSES.map((status) => (
            <tr key={status}>
              <th scope="row">{PLAN_STATUS_LABELS[status]}</th>
              <td className="numeric">{formatNumber(summary[status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Paragraph data-size="sm" className="muted">
        Avlyste punkter regnes ikke med blant de planlagte.
      </Paragraph>
    </div>
  );
}
