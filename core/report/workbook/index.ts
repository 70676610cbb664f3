import ExcelJS from 'exceljs';
import type { AnnualReport, ReportSection } from '../model';
import { formatNorwegianDate } from '../../validation/dates';
import { useSheetFontAsDefault } from './defaultFont';
import { SheetWriter } from './sheet';
import { tableNamer } from './tableNames';

export function reportTitle(year: number): string {
  return `AKAN-årsrapport ${year}`;
}

function writeSection(
  workbook: ExcelJS.Workbook,
  report: AnnualReport,
  section: ReportSection,
  tableName: (title: string) => string,
): void {
  const sheet = workbook.addWorksheet(section.title, { properties: { defaultRowHeight: 15 } });
  const writer = new SheetWriter(workbook, sheet, tableName);
  writer.title(
    `${section.title} ${report.year}`,
    `${reportTitle(report.year)} til AMU · ${report.organisationName} · laget ${formatNorwegianDate(report.madeOn)}`,
  );
  for (const group of section.factGroups) writer.facts(group);
  if (section.text) writer.text(section.text.title, section.text.body, section.text.empty);
  for (const table of section.tables) writer.table(table);
  for (const note of section.notes) writer.note(note);
  for (const chart of section.charts) writer.chart(chart);
  writer.finish({ organisationName: report.organisationName, reportTitle: reportTitle(report.year) });
}

/** The annual report as an .xlsx workbook: one sheet per section, written only from the report's own data. */
export async function buildWorkbook(report: AnnualReport, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  Object.assign(workbook, {
    title: `${reportTitle(report.year)} – ${report.organisationName}`,
    subject: 'Årsrapport for AKAN-arbeidet til arbeidsmiljøutvalget (AMU)',
    keywords: 'AKAN; årsrapport; AMU; rusmiddelpolitikk; pengespill',
    category: 'Årsrapport',
    description: `AKAN-utvalgets årsrapport for ${report.year} til arbeidsmiljøutvalget: opplæring, informasjonstiltak, oppnevninger, statistikk, framdriftsplan og AMU-saker.`,
    language: 'nb-NO',
    creator: report.organisationName,
    lastModifiedBy: report.organisationName,
    company: report.organisationName,
    manager: 'AKAN-utvalget',
    created,
    modified: created,
  });
  useSheetFontAsDefault(workbook);
  const tableName = tableNamer();
  for (const section of report.sections) writeSection(workbook, report, section, tableName);
  // Light compression: the pictures are compressed already, and the text parts shrink well at any level.
  return Buffer.from(
    await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } } }),
  );
}
