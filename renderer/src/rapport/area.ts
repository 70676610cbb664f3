import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const rapportArea: Area = {
  path: 'rapport',
  label: 'Rapport',
  order: 8,
  Page: lazyComponent(() => import('./RapportPage').then((m) => m.RapportPage)),
};
