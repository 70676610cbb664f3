import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const innstillingerArea: Area = {
  path: 'innstillinger',
  label: 'Innstillinger',
  order: 9,
  Page: lazyComponent(() => import('./InnstillingerPage').then((m) => m.InnstillingerPage)),
};
