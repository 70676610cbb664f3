import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const oppnevningerArea: Area = {
  path: 'oppnevninger',
  label: 'Oppnevninger',
  order: 7,
  Page: lazyComponent(() => import('./OppnevningerPage').then((m) => m.OppnevningerPage)),
};
