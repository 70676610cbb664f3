import type { Area } from '../areas';
import { UnitsPage } from './UnitsPage';

export const enheterArea: Area = { path: 'enheter', label: 'Enheter', order: 8.5, Page: UnitsPage };
