import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const planArea: Area = {
  path: 'plan',
  label: 'Plan',
  order: 5,
  Page: lazyComponent(() => import('./PlanPage').then((m) => m.PlanPage)),
};
