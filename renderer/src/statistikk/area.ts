import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const statistikkArea: Area = {
  path: 'statistikk',
  label: 'Statistikk',
  order: 4,
  Page: lazyComponent(() => import('./StatistikkPage').then((m) => m.StatistikkPage)),
};
