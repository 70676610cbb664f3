import type { Area } from '../areas';
import { InnstillingerPage } from './InnstillingerPage';

export const innstillingerArea: Area = { path: 'innstillinger', label: 'Innstillinger', order: 9, Page: InnstillingerPage };
