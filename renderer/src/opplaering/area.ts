import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const opplaeringArea: Area = {
  path: 'opplaering',
  label: 'Opplæring',
  order: 2,
  Page: lazyComponent(() => import('./OpplaeringPage').then((m) => m.OpplaeringPage)),
};
