/** The training vocabulary with the labels the users read. Pure data (the renderer imports it). */
import type { TrainingStatus } from './types';

export { TRAINING_STATUSES } from '../../db/schema/codes';

export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  planned: 'Planlagt',
  held: 'Gjennomført',
  cancelled: 'Avlyst',
};
