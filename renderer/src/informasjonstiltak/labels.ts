import { AUDIENCE_LABELS, AUDIENCES } from '../../../core/audiences';
import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  CHANNEL_LABELS,
  CHANNELS,
  type CampaignStatus,
} from '../../../core/campaigns/labels';
import type { StatusColor } from '../components/StatusTag';
import { formatDate } from '../format';

export const STATUS_COLOR: Record<CampaignStatus, StatusColor> = {
  planned: 'info',
  ongoing: 'warning',
  completed: 'success',
  cancelled: 'neutral',
};

export const statusOptions = CAMPAIGN_STATUSES.map((value) => ({ value, label: CAMPAIGN_STATUS_LABELS[value] }));
export const channelOptions = CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }));
export const audienceOptions = AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }));

/** «01.03.2026–31.03.2026», or one date for a one-day campaign. */
export function periodText(c: { periodStart: string; periodEnd: string }): string {
  return c.periodStart === c.periodEnd
    ? formatDate(c.periodStart)
    : `${formatDate(c.periodStart)}–${formatDate(c.periodEnd)}`;
}
