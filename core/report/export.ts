import path from 'node:path';
import type { AppContext } from '../context';
import { writeFileAtomic } from '../files/atomicWrite';
import { buildAnnualReport } from './build';
import type { ExportedReport } from './model';

/** `AKAN-årsrapport-2026-Eksempel-kommune.xlsx`: safe as a file name on Windows, macOS and Linux. */
export function reportFileName(year: number, organisationName: string): string {
  const organisation = organisationName
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `AKAN-årsrapport-${year}${organisation ? `-${organisation}` : ''}.xlsx`;
}

/** Builds the workbook; saves it atomically where `target` is given, otherwise hands back the bytes. */
export async function exportAnnualReport(ctx: AppContext, year: number, target?: string): Promise<ExportedReport> {
  const report = await buildAnnualReport(ctx, year);
  // exceljs and the chart rasteriser load when the first report is made, not when the app starts.
  const { buildWorkbook } = await import('./workbook');
  const bytes = await buildWorkbook(report, ctx.now());
  if (target) {
    writeFileAtomic(target, bytes);
    return { fileName: path.basename(target), path: target, base64: null, bytes: bytes.length };
  }
  return { fileName: reportFileName(year, report.organisationName), path: null, base64: bytes.toString('base64'), bytes: bytes.length };
}
