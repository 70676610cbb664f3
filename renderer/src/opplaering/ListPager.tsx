import { Button } from '@digdir/designsystemet-react';
import type { TrainingList } from '../../../core/trainings/contract';
import { formatNumber } from '../format';

export function listCaption(list: TrainingList): string {
  const shown = list.andLater ? '' : list.year === null ? ' alle år' : ` ${list.year}`;
  if (list.pageCount === 1) return `Opplæringer${shown} (${formatNumber(list.total)})`;
  return `Opplæringer${shown}: side ${list.page} av ${list.pageCount} (${formatNumber(list.total)} i alt)`;
}

/** Previous and next page when «Alle år» has more sessions than one page holds. */
export function ListPager({ list, onPage }: { list: TrainingList; onPage: (page: number) => void }) {
  if (list.pageCount === 1) return null;
  return (
    <nav className="list-pager" aria-label="Sider i listen">
      <Button variant="secondary" disabled={list.page === 1} onClick={() => onPage(list.page - 1)}>
        Forrige side
      </Button>
      <span>
        Side {list.page} av {list.pageCount}
      </span>
      <Button variant="secondary" disabled={list.page === list.pageCount} onClick={() => onPage(list.page + 1)}>
        Neste side
      </Button>
    </nav>
  );
}
