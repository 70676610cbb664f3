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
  const first = list.page === 1;
  const last = list.page === list.pageCount;
  // At either end the button stays focusable (aria-disabled): a disabled one would drop the focus to the page body.
  return (
    <nav className="list-pager" aria-label={label}>
      <Button variant="secondary" aria-disabled={first || undefined} onClick={() => !first && onPage(list.page - 1)}>
        Forrige side
      </Button>
      <span aria-live="polite">
        Side {list.page} av {list.pageCount}
      </span>
      <Button variant="secondary" aria-disabled={last || undefined} onClick={() => !last && onPage(list.page + 1)}>
        Neste side
      </Button>
    </nav>
  );
}
