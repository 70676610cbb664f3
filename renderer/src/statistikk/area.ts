import type { Area } from '../areas';
import { StatistikkPage } from './StatistikkPage';

export const statistikkArea: Area = { path: 'statistikk', label: 'Statistikk', order: 4, Page: StatistikkPage };
