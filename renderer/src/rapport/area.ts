import type { Area } from '../areas';
import { RapportPage } from './RapportPage';

export const rapportArea: Area = { path: 'rapport', label: 'Rapport', order: 8, Page: RapportPage };
