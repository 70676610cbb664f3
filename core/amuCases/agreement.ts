import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { amuCases } from '../../db/schema';
import type { AppContext } from '../context';
import type { Settings } from '../settings/contract';
import { addYears, isIsoDate } from '../validation/dates';
import type { AgreementStatus } from './contract';

/**
 * Derived at read time, never stored: the latest decision date of a treated change proposal, or the
 * `agreementLastRevised` setting when that is later (a revision from before the app was used).
 */
export function agreementStatus(ctx: AppContext, settings: Settings, today = ctx.today()): AgreementStatus {
  const latest = ctx.db
    .select({ id: amuCases.id, title: amuCases.title, decisionDate: amuCases.decisionDate })
    .from(amuCases)
    .where(and(eq(amuCases.kind, 'agreementChange'), eq(amuCases.status, 'treated'), isNotNull(amuCases.decisionDate)))
    .orderBy(desc(amuCases.decisionDate))
    .get();
  const registered =
    settings.agreementLastRevised && isIsoDate(settings.agreementLastRevised) ? settings.agreementLastRevised : null;
  const fromCase = latest?.decisionDate && (!registered || latest.decisionDate >= registered);
  const lastRevised = fromCase ? (latest.decisionDate ?? null) : registered;
  const reviewDue = lastRevised ? addYears(lastRevised, settings.agreementReviewYears) : null;
  return {
    lastRevised,
    revisedByCaseId: fromCase ? latest.id : null,
    revisedByCaseTitle: fromCase ? latest.title : null,
    reviewYears: settings.agreementReviewYears,
    reviewDue,
    reviewNeeded: reviewDue === null || reviewDue <= today,
  };
}
