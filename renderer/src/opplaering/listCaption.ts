import type { TrainingList } from '../../../core/trainings/contract';
import { formatNumber } from '../format';

export function listCaption(list: TrainingList): string {
  const shown = list.andLater ? '' : list.year === null ? ' alle år' : ` ${list.year}`;
  if (list.pageCount === 1) return `Opplæringer${shown} (${formatNumber(list.total)})`;
  return `Opplæringer${shown}: side ${list.page} av ${list.pageCount} (${formatNumber(list.total)} i alt)`;
}
