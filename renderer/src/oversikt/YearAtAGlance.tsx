import { Paragraph } from '@digdir/designsystemet-react';
import type { YearAtAGlance as Glance } from '../../../core/report/model';
import { lazyComponent } from '../lazyComponent';
import { KeyFigureList } from './KeyFigureList';

// The key figures paint first; the charts follow when their code has loaded.
const ReportChartView = lazyComponent(() =>
  import('../components/report/ReportChartView').then((m) => m.ReportChartView),
);

/** How the year is going: the annual report's key figures and charts, from the same numbers as the report. */
export function YearAtAGlance({ glance }: { glance: Glance }) {
  return (
    <>
      <KeyFigureList figures={glance.keyFigures} />
      {glance.charts.length > 0 ? (
        <div className="report-charts">
          {glance.charts.map((chart) => (
            <ReportChartView key={chart.id} chart={chart} />
          ))}
        </div>
      ) : (
        <Paragraph className="muted">
          Diagrammene kommer når året har tall: deltakere på opplæring, informasjonstiltak eller statistikk.
        </Paragraph>
      )}
      {glance.notes.map((note) => (
        <Paragraph key={note} data-size="sm" className="muted">
          {note}
        </Paragraph>
      ))}
    </>
  );
}
