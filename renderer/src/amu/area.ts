import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const amuArea: Area = {
  path: 'amu',
  label: 'AMU-saker',
  order: 6,
  Page: lazyComponent(() => import('./AmuPage').then((m) => m.AmuPage)),
};
