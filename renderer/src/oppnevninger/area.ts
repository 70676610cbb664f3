import type { Area } from '../areas';
import { OppnevningerPage } from './OppnevningerPage';

export const oppnevningerArea: Area = { path: 'oppnevninger', label: 'Oppnevninger', order: 7, Page: OppnevningerPage };
