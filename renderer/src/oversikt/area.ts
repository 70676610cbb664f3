import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const oversiktArea: Area = {
  path: 'oversikt',
  label: 'Oversikt',
  order: 1,
  Page: lazyComponent(() => import('./OversiktPage').then((m) => m.OversiktPage)),
};
