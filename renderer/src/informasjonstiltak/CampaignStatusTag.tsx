import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from '../../../core/campaigns/labels';
import { StatusTag } from '../components/StatusTag';
import { STATUS_COLOR } from './labels';

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  return <StatusTag color={STATUS_COLOR[status]}>{CAMPAIGN_STATUS_LABELS[status]}</StatusTag>;
}
