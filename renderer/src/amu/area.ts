import type { Area } from '../areas';
import { AmuPage } from './AmuPage';

export const amuArea: Area = { path: 'amu', label: 'AMU-saker', order: 6, Page: AmuPage };
