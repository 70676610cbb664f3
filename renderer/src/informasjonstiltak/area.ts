import type { Area } from '../areas';
import { lazyComponent } from '../lazyComponent';

export const informasjonstiltakArea: Area = {
  path: 'informasjonstiltak',
  label: 'Informasjonstiltak',
  order: 3,
  Page: lazyComponent(() => import('./InformasjonstiltakPage').then((m) => m.InformasjonstiltakPage)),
};
