import { AUDIENCE_LABELS, AUDIENCES, type Audience } from '../../../core/audiences';
import type { RepeatPattern, TrainingStatus } from '../../../core/trainings/contract';
import type { StatusColor } from '../components/StatusTag';

export const STATUS_LABEL: Record<TrainingStatus, [string, StatusColor]> = {
  planned: ['Planlagt', 'info'],
  held: ['Gjennomført', 'success'],
  cancelled: ['Avlyst', 'neutral'],
};

export const statusOptions = (Object.keys(STATUS_LABEL) as TrainingStatus[]).map((value) => ({ value, label: STATUS_LABEL[value][0] }));
export const audienceOptions = AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }));

export function audienceText(audiences: Audience[]): string {
  return audiences.map((a) => AUDIENCE_LABELS[a]).join(', ');
}

export const REPEAT_LABEL: Record<RepeatPattern, string> = {
  weekly: 'Med fast antall uker mellom',
  monthlyByWeekday: 'Hver måned på samme ukedag (for eksempel 2. tirsdag)',
  monthlyByDate: 'Hver måned på samme dato',
};
