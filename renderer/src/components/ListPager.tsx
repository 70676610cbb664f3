import { Button } from '@digdir/designsystemet-react';
import type { Paged } from '../../../core/paging';
import './listPager.css';

/** Previous and next page when a list has more rows than one page holds; `label` names the list when a screen has more than one. */
export function ListPager({
  list,
  onPage,
  label = 'Sider i listen',
}: {
  list: Paged;
  onPage: (page: number) => void;
  label?: string;
}) {
  if (list.pageCount === 1) return null;
  return (
    <nav className="list-pager" aria-label={label}>
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
