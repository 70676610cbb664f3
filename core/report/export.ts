import path from 'node:path';
import type { AppContext } from '../context';
import { writeFileAtomic } from '../files/atomicWrite';
import { buildAnnualReport } from './build';
import { caseDocumentContent } from './caseDocument/content';
import type { ExportedReport } from './model';

/** The organisation's name as part of a file name that is safe on Windows, macOS and Linux. */
function fileNamePart(organisationName: string): string {
  return organisationName
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** `AKAN-årsrapport-2026-Eksempel-kommune.xlsx`. */
export function reportFileName(year: number, organisationName: string): string {
  const organisation = fileNamePart(organisationName);
  return `AKAN-årsrapport-${year}${organisation ? `-${organisation}` : ''}.xlsx`;
}

/** `Saksframlegg-AKAN-årsrapport-2026-Eksempel-kommune.docx`. */
export function caseDocumentFileName(year: number, organisationName: string): string {
  return `Saksframlegg-${reportFileName(year, organisationName).replace(/\.xlsx$/, '.docx')}`;
}

function saved(bytes: Buffer, fileName: string, target: string | undefined): ExportedReport {
  if (target) {
    writeFileAtomic(target, bytes);
    return { fileName: path.basename(target), path: target, base64: null, bytes: bytes.length };
  }
  return { fileName, path: null, base64: bytes.toString('base64'), bytes: bytes.length };
}

/** Builds the workbook; saves it atomically where `target` is given, otherwise hands back the bytes. */
export async function exportAnnualReport(ctx: AppContext, year: number, target?: string): Promise<ExportedReport> {
  const report = await buildAnnualReport(ctx, year);
  // exceljs, docx and the chart rasteriser load when the first report is made, not when the app starts.
  const { buildWorkbook } = await import('./workbook');
  return saved(await buildWorkbook(report, ctx.now()), reportFileName(year, report.organisationName), target);
}

/**
 * Builds the case document for AMU (saksframlegg) from the same report, with the meeting and case number of the
 * year's registered AMU case «Årsrapport» if there is one; saved like the workbook.
 */
export async function exportCaseDocument(
  ctx: AppContext,
  year: number,
  proposal: string | null,
  target?: string,
): Promise<ExportedReport> {
  const report = await buildAnnualReport(ctx, year);
  // One case per report year at most (amuCases refuses a second).
  const { cases } = await ctx.reads('amuCases.list', { kind: 'annualReport', year: 'all', reportYear: year });
  const amuCase = cases[0] ?? null;
  const content = caseDocumentContent(report, amuCase, proposal ?? '', reportFileName(year, report.organisationName));
  const { caseDocumentDocx } = await import('./caseDocument/docx');
  return saved(await caseDocumentDocx(content), caseDocumentFileName(year, report.organisationName), target);
}
