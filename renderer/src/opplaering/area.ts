import type { Area } from '../areas';
import { OpplaeringPage } from './OpplaeringPage';

export const opplaeringArea: Area = { path: 'opplaering', label: 'Opplæring', order: 2, Page: OpplaeringPage };
