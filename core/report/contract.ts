import { z } from 'zod';
import { atVersion, guardOf } from '../concurrency/guard';
import { read, task, write } from '../define';
import { absolutePath } from '../validation/paths';
import { year } from '../validation/year';
import { emptyInput, optionalText } from '../validation/fields';
import {
  type AnnualReport,
  type AnnualSummary,
  type ExportedReport,
  type ReportYears,
  SUMMARY_MAX_LENGTH,
  type YearAtAGlance,
} from './model';

const XLSX_PATH_MESSAGE = 'Velg hvor årsrapporten skal lagres: en full filsti som slutter på .xlsx.';

/** Where to save the workbook: a full path (as a save dialog or the command line gives it) to an .xlsx file. */
const xlsxPath = absolutePath(XLSX_PATH_MESSAGE).refine((p) => /\.xlsx$/i.test(p), { error: XLSX_PATH_MESSAGE });

const DOCX_PATH_MESSAGE = 'Velg hvor saksframlegget skal lagres: en full filsti som slutter på .docx.';
const docxPath = absolutePath(DOCX_PATH_MESSAGE).refine((p) => /\.docx$/i.test(p), { error: DOCX_PATH_MESSAGE });

/** The longest «Forslag til vedtak» the committee can write. */
export const PROPOSAL_MAX_LENGTH = 1000;

const yearInput = z.strictObject({ year: year() });

export const reportsContract = {
  'reports.years': read(emptyInput).returns<ReportYears>(),
  'reports.getSummary': read(yearInput).returns<AnnualSummary>(),
  'reports.saveSummary': write(
    z.strictObject({ year: year(), ...atVersion, summaryText: optionalText(SUMMARY_MAX_LENGTH) }),
    'Sammendrag til årsrapporten lagret',
    guardOf('annual_reports', 'sammendraget', 'reports.getSummary', 'year'),
  ).returns<AnnualSummary>(),
  'reports.preview': read(yearInput).returns<AnnualReport>(),
  /** Without a year: the current year. */
  'reports.keyFigures': read(z.strictObject({ year: year().optional() }).optional()).returns<YearAtAGlance>(),
  'reports.exportAnnual': task(z.strictObject({ year: year(), path: xlsxPath.optional() })).returns<ExportedReport>(),
  /** The case document for AMU (saksframlegg, .docx); without a proposal, the default «… til orientering.». */
  'reports.exportCaseDocument': task(
    z.strictObject({ year: year(), proposal: optionalText(PROPOSAL_MAX_LENGTH).optional(), path: docxPath.optional() }),
  ).returns<ExportedReport>(),
};
