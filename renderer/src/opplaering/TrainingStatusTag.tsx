import type { TrainingStatus } from '../../../core/trainings/contract';
import { StatusTag } from '../components/StatusTag';
import { STATUS_LABEL } from './labels';

export function TrainingStatusTag({ status }: { status: TrainingStatus }) {
  const [text, color] = STATUS_LABEL[status];
  return <StatusTag color={color}>{text}</StatusTag>;
}
