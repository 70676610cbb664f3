import type { AreaHandlers } from '../handlerTypes';
import { loadSettings } from '../settings/service';
import { buildAnnualReport } from './build';
import { type reportsContract } from './contract';
import { exportAnnualReport, exportCaseDocument } from './export';
import { yearAtAGlance } from './keyFigures';
import { getSummary, saveSummary } from './summaryStore';
import { reportYears } from './years';

export const reportsHandlers: AreaHandlers<typeof reportsContract> = {
  'reports.years': (ctx) => reportYears(ctx.today(), loadSettings(ctx).annualReportDueDate),
  'reports.getSummary': (ctx, { year }) => getSummary(ctx, year),
  'reports.saveSummary': (ctx, { year, summaryText }) => saveSummary(ctx, year, summaryText),
  'reports.preview': (ctx, { year }) => buildAnnualReport(ctx, year),
  'reports.keyFigures': (ctx, input) => yearAtAGlance(ctx, input?.year ?? Number(ctx.today().slice(0, 4))),
  'reports.exportAnnual': (ctx, { year, path }) => exportAnnualReport(ctx, year, path),
  'reports.exportCaseDocument': (ctx, { year, proposal, path }) =>
    exportCaseDocument(ctx, year, proposal ?? null, path),
};
