import { Details } from '@digdir/designsystemet-react';
import type { IndicatorRef } from '../../../core/statistics/contract';
import { MEASURE_LABELS } from '../../../core/statistics/labels';

/** What exactly each column counts. */
export function IndicatorHelp({ indicators }: { indicators: IndicatorRef[] }) {
  return (
    <Details className="indicator-help">
      <Details.Summary>Hva telles i hver kolonne?</Details.Summary>
      <Details.Content>
        <dl className="indicator-list">
          {indicators.map((i) => (
            <div key={i.id}>
              <dt>{i.name}</dt>
              <dd>
                {i.description ?? 'Ingen beskrivelse.'}{' '}
                <span className="muted">({MEASURE_LABELS[i.measure].toLowerCase()})</span>
              </dd>
            </div>
          ))}
        </dl>
      </Details.Content>
    </Details>
  );
}
