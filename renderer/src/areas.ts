import type { ComponentType } from 'react';
import { amuArea } from './amu/area';
import { enheterArea } from './enheter/area';
import { informasjonstiltakArea } from './informasjonstiltak/area';
import { innstillingerArea } from './innstillinger/area';
import { opplaeringArea } from './opplaering/area';
import { oppnevningerArea } from './oppnevninger/area';
import { oversiktArea } from './oversikt/area';
import { planArea } from './plan/area';
import { rapportArea } from './rapport/area';
import { statistikkArea } from './statistikk/area';

export interface Area {
  /** First path segment, e.g. `oppnevninger`. */
  path: string;
  label: string;
  /** Place in the committee's year (UX.md): Oversikt 1, Opplæring 2, Informasjonstiltak 3, Statistikk 4, Plan 5, AMU-saker 6, Oppnevninger 7, Rapport 8, Enheter 8.5, Innstillinger 9. */
  order: number;
  /** Rendered at `/<path>/*`; may hold its own nested routes. Loaded on demand (`preload` starts it early). */
  Page: ComponentType & { preload?: () => Promise<unknown> };
}

/** The areas that exist; the navigation shows exactly these. */
export const areas: Area[] = [
  oversiktArea,
  oppnevningerArea,
  innstillingerArea,
  rapportArea,
  informasjonstiltakArea,
  planArea,
  amuArea,
  opplaeringArea,
  statistikkArea,
  enheterArea,
].sort((a, b) => a.order - b.order);
