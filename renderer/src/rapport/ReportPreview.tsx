import { Heading, Paragraph, Tabs } from '@digdir/designsystemet-react';
import type { AnnualReport, FactGroup, ReportSection } from '../../../core/report/model';
import { ReportChartView } from '../components/report/ReportChartView';
import { ReportTableView } from '../components/report/ReportTableView';
import { formatValue } from '../components/report/formatValue';

function Facts({ group }: { group: FactGroup }) {
  return (
    <div className="report-facts">
      <Heading level={3} data-size="xs">
        {group.title}
      </Heading>
      <dl>
        {group.facts.map((fact, i) => (
          <div key={`${fact.label}-${i}`}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value === null && fact.kind !== 'count' ? '–' : formatValue(fact.value, fact.kind)}
              {fact.detail ? <span className="muted"> ({fact.detail})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Section({ section }: { section: ReportSection }) {
  return (
    <>
      <Heading level={2} data-size="sm">
        {section.title}
      </Heading>
      {section.factGroups.map((group) => (
        <Facts key={group.title} group={group} />
      ))}
      {section.text ? (
        <div className="report-text">
          <Heading level={3} data-size="xs">
            {section.text.title}
          </Heading>
          {section.text.body ? (
            section.text.body.split(/\n{2,}/).map((paragraph, i) => <Paragraph key={i}>{paragraph}</Paragraph>)
          ) : (
            <Paragraph className="muted">{section.text.empty}</Paragraph>
          )}
        </div>
      ) : null}
      {section.tables.map((table) => (
        <ReportTableView key={table.id} table={table} />
      ))}
      {section.notes.map((note) => (
        <Paragraph key={note} data-size="sm" className="muted">
          {note}
        </Paragraph>
      ))}
      {section.charts.map((chart) => (
        <ReportChartView key={chart.id} chart={chart} />
      ))}
    </>
  );
}

/** Every sheet of the workbook, one tab each, with the same numbers as the file. */
export function ReportPreview({ report }: { report: AnnualReport }) {
  const [first] = report.sections;
  return (
    <Tabs defaultValue={first?.id} className="report-preview">
      <Tabs.List aria-label="Arkene i årsrapporten">
        {report.sections.map((section) => (
          <Tabs.Tab key={section.id} value={section.id}>
            {section.title}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {report.sections.map((section) => (
        <Tabs.Panel key={section.id} value={section.id}>
          <Section section={section} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
