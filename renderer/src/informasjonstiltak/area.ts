import type { Area } from '../areas';
import { InformasjonstiltakPage } from './InformasjonstiltakPage';

export const informasjonstiltakArea: Area = { path: 'informasjonstiltak', label: 'Informasjonstiltak', order: 3, Page: InformasjonstiltakPage };
