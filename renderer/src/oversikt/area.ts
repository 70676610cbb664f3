import type { Area } from '../areas';
import { OversiktPage } from './OversiktPage';

export const oversiktArea: Area = { path: 'oversikt', label: 'Oversikt', order: 1, Page: OversiktPage };
