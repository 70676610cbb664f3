import type { AmuCase } from '../../amuCases/contract';
import { PLAN_STATUS_LABELS } from '../../plan/labels';
import { formatNorwegianDate } from '../../validation/dates';
import { type AnnualReport, type FactGroup, type ReportSection, type ReportTable, defaultProposal } from '../model';
import { displayText } from '../workbook/cells';

/** The case document (saksframlegg) as text, in the order municipal case papers take; drawn from the annual report. */
export interface CaseDocumentContent {
  title: string;
  organisationName: string;
  /** Label and value lines at the top: to whom, the meeting, the case number, from whom, the date. */
  heading: { label: string; value: string }[];
  concerns: string;
  summary: string[];
  keyFigures: { label: string; value: string }[];
  done: { intro: string; items: string[] };
  planned: { intro: string; items: string[] };
  statistics: { table: { columns: string[]; rows: string[][] } | null; notes: string[]; empty: string };
  proposal: string;
  attachments: string[];
}

const NOT_REGISTERED_YET = 'ikke registrert ennå';

function section(report: AnnualReport, id: ReportSection['id']): ReportSection | undefined {
  return report.sections.find((s) => s.id === id);
}

function factLines(groups: FactGroup[]): { label: string; value: string }[] {
  return groups.flatMap((group) =>
    group.facts.map((fact) => ({
      label: fact.label,
      value: `${displayText(fact.value, fact.kind)}${fact.detail ? ` (${fact.detail})` : ''}`,
    })),
  );
}

function planItems(table: ReportTable | undefined, keep: (status: string) => boolean): string[] {
  return (table?.rows ?? [])
    .filter((row) => keep(String(row[4] ?? '')))
    .map((row) => {
      const deadline = typeof row[3] === 'string' && row[3] ? `, frist ${formatNorwegianDate(row[3])}` : '';
      const responsible = row[2] ? `, ${String(row[2])}` : '';
      return `${String(row[0])} (${String(row[1])}${responsible}${deadline})`;
    });
}

function publishedTable(table: ReportTable | undefined) {
  if (!table || table.rows.length === 0) return null;
  return {
    columns: table.columns.map((c) => c.label),
    rows: table.rows.map((row) => table.columns.map((column, c) => displayText(row[c] ?? null, column.kind))),
  };
}

/**
 * The saksframlegg for AMU from the same report as the workbook: the same key figures, the plan's done and coming
 * items, and the statistics exactly as published (suppressed cells `*`, the same footnotes).
 */
export function caseDocumentContent(
  report: AnnualReport,
  amuCase: AmuCase | null,
  proposal: string,
  workbookName: string,
): CaseDocumentContent {
  const { year, organisationName } = report;
  const summary = section(report, 'summary');
  const plan = section(report, 'plan');
  const statistics = section(report, 'statistics');
  const [thisYear, nextYear] = [plan?.tables[0], plan?.tables[1]];
  const done = planItems(thisYear, (status) => status === PLAN_STATUS_LABELS.done);
  const planned = planItems(nextYear, (status) => status !== PLAN_STATUS_LABELS.cancelled);
  const keyFigureGroups = (summary?.factGroups ?? []).filter(
    (g) => g.title !== 'Om rapporten' && g.title !== 'AKAN-utvalget' && !g.title.startsWith('Statistikk'),
  );
  const statisticsTable = statistics?.tables.find((t) => !t.asList);
  return {
    title: `AKAN-utvalgets årsrapport ${year}`,
    organisationName,
    heading: [
      { label: 'Til', value: 'Arbeidsmiljøutvalget (AMU)' },
      {
        label: 'Møtedato',
        value: amuCase?.meetingDate ? formatNorwegianDate(amuCase.meetingDate) : NOT_REGISTERED_YET,
      },
      { label: 'Saksnummer', value: amuCase?.caseNumber ?? NOT_REGISTERED_YET },
      { label: 'Fra', value: `AKAN-utvalget, ${organisationName}` },
      { label: 'Dato', value: formatNorwegianDate(report.madeOn) },
    ],
    concerns:
      `AKAN-utvalget legger hvert år fram en rapport for arbeidsmiljøutvalget om AKAN-arbeidet: forebygging av ` +
      `rusmiddelproblemer og problematisk pengespill på arbeidsplassen. Denne saken gjelder årsrapporten for ${year} ` +
      `for ${organisationName}: opplæring, informasjonstiltak, oppnevninger, anonymisert statistikk og framdriftsplanen.`,
    summary: summary?.text?.body
      ? summary.text.body.split(/\n{2,}/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      : [summary?.text?.empty ?? ''],
    keyFigures: factLines(keyFigureGroups),
    done: {
      intro:
        thisYear && thisYear.rows.length > 0
          ? `Av framdriftsplanen for ${year} er dette fullført:`
          : `Framdriftsplanen for ${year} har ingen punkter.`,
      items: done,
    },
    planned: {
      intro:
        nextYear && nextYear.rows.length > 0
          ? `Framdriftsplanen for ${year + 1}:`
          : `Framdriftsplanen for ${year + 1} har ingen punkter ennå.`,
      items: planned,
    },
    statistics: {
      table: publishedTable(statisticsTable),
      notes: (statistics?.notes ?? []).filter(Boolean),
      empty: statisticsTable?.empty ?? 'Ingen indikatorer er registrert.',
    },
    proposal: proposal.trim() || defaultProposal(year),
    attachments: [`${workbookName} (AKAN-årsrapport ${year} som Excel-arbeidsbok)`],
  };
}
