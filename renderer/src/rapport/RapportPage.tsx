import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportYears } from '../../../core/report/model';
import { useRead } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { formatDate } from '../format';
import { ExportButton } from './ExportButton';
import { ReportPreview } from './ReportPreview';
import { SummaryForm } from './SummaryForm';

function Report({ years }: { years: ReportYears }) {
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('ar'));
  const year = years.years.includes(chosen) ? chosen : years.defaultYear;
  const [unsavedSummary, setUnsavedSummary] = useState(false);
  const summary = useRead('reports.getSummary', { year });
  const preview = useRead('reports.preview', { year });

  return (
    <>
      <PageHeader
        title="Rapport"
        lead={`Årsrapporten til AMU om AKAN-arbeidet, som Excel-arbeidsbok. Rapporten for ${years.defaultYear} skal til AMU innen ${formatDate(years.dueDate)}.`}
        actions={<ExportButton year={year} unsavedSummary={unsavedSummary} />}
      />
      <Field className="report-year">
        <Label htmlFor="report-year">Rapportår</Label>
        <Select id="report-year" value={String(year)} onChange={(e) => setParams({ ar: e.target.value })}>
          {years.years.map((y) => (
            <Select.Option key={y} value={String(y)}>
              {y}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <section className="section" aria-labelledby="summary-heading">
        <Heading level={2} data-size="md" id="summary-heading">
          Oppsummering
        </Heading>
        <QueryState query={summary} label="oppsummeringen">
          {(data) => <SummaryForm key={data.year} summary={data} onDirtyChange={setUnsavedSummary} />}
        </QueryState>
      </section>
      <section className="section" aria-labelledby="preview-heading">
        <Heading level={2} data-size="md" id="preview-heading">
          Forhåndsvisning av {year}
        </Heading>
        <QueryState query={preview} label="rapporten">
          {(report) => <ReportPreview report={report} />}
        </QueryState>
      </section>
    </>
  );
}

export function RapportPage() {
  const years = useRead('reports.years', undefined);
  return (
    <QueryState query={years} label="rapportår">
      {(data) => <Report years={data} />}
    </QueryState>
  );
}
