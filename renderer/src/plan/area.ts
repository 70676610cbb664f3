import type { Area } from '../areas';
import { PlanPage } from './PlanPage';

export const planArea: Area = { path: 'plan', label: 'Plan', order: 5, Page: PlanPage };
