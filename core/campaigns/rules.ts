import { formatNorwegianDate } from '../validation/dates';
import type { CampaignStatus } from './labels';

interface CampaignDates {
  periodStart: string;
  periodEnd: string;
  status: CampaignStatus;
}

export const PERIOD_ORDER_MESSAGE = 'Sluttdato kan ikke være før startdato.';

/** Field messages for a campaign's period and status; empty when they are sound. */
export function campaignErrors(campaign: CampaignDates, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (campaign.periodEnd < campaign.periodStart) errors.periodEnd = PERIOD_ORDER_MESSAGE;
  if (campaign.status === 'completed' && campaign.periodStart > today) {
    errors.status = `Tiltaket starter ${formatNorwegianDate(campaign.periodStart)} og kan ikke være gjennomført ennå. Velg «Planlagt», eller rett startdatoen.`;
  }
  return errors;
}
