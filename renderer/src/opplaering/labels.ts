import { AUDIENCE_LABELS, AUDIENCES, type Audience } from '../../../core/audiences';
import type { RepeatPattern, TrainingStatus } from '../../../core/trainings/contract';
import { TRAINING_STATUS_LABELS, TRAINING_STATUSES } from '../../../core/trainings/labels';
import type { StatusColor } from '../components/StatusTag';

const STATUS_COLOR: Record<TrainingStatus, StatusColor> = { planned: 'info', held: 'success', cancelled: 'neutral' };

export const STATUS_LABEL = Object.fromEntries(
  TRAINING_STATUSES.map((status) => [status, [TRAINING_STATUS_LABELS[status], STATUS_COLOR[status]]]),
) as Record<TrainingStatus, [string, StatusColor]>;

export const statusOptions = (Object.keys(STATUS_LABEL) as TrainingStatus[]).map((value) => ({
  value,
  label: STATUS_LABEL[value][0],
}));
export const audienceOptions = AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }));

export function audienceText(audiences: Audience[]): string {
  return audiences.map((a) => AUDIENCE_LABELS[a]).join(', ');
}

export const REPEAT_LABEL: Record<RepeatPattern, string> = {
  weekly: 'Med fast antall uker mellom',
  monthlyByWeekday: 'Hver måned på samme ukedag (for eksempel 2. tirsdag)',
  monthlyByDate: 'Hver måned på samme dato',
};
