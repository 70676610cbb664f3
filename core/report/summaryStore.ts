import { eq } from 'drizzle-orm';
import { NOW_UTC, annualReports } from '../../db/schema';
import type { AppContext } from '../context';
import type { AnnualSummary } from './model';

export function getSummary(ctx: AppContext, year: number): AnnualSummary {
  const row = ctx.db.select().from(annualReports).where(eq(annualReports.year, year)).get();
  return { year, version: row?.version ?? 0, summaryText: row?.summaryText ?? null, updatedAt: row?.updatedAt ?? null };
}

export function saveSummary(ctx: AppContext, year: number, summaryText: string | null): AnnualSummary {
  ctx.db
    .insert(annualReports)
    .values({ year, summaryText })
    .onConflictDoUpdate({ target: annualReports.year, set: { summaryText, updatedAt: NOW_UTC } })
    .run();
  return getSummary(ctx, year);
}
