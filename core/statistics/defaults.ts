import type { Measure } from './labels';

export const NEW_AGREEMENTS = 'Nye individuelle Akan-avtaler';
export const ENDED_COMPLETED = 'Avsluttede Akan-avtaler – fullført';
export const ENDED_BROKEN = 'Avsluttede Akan-avtaler – avbrutt eller overført til personalsak';
export const ACTIVE_AGREEMENTS = 'Aktive Akan-avtaler ved periodens slutt';

/**
 * The indicators a new data file starts with, in the order the committee reads them. `adds` and `takes` name the
 * indicators it is worked out from (migration 0003 gives older data files the same relation).
 */
export const DEFAULT_INDICATORS: readonly {
  name: string;
  description: string;
  measure: Measure;
  adds?: string[];
  takes?: string[];
}[] = [
  {
    name: 'Henvendelser til hovedkontakt/AKAN-kontakt',
    description:
      'Samtaler, telefoner og e-poster der noen ber hovedkontakten eller en AKAN-kontakt om råd om rus eller pengespill. Tell hver henvendelse én gang, også om den fører videre. Ikke noter hvem det gjaldt.',
    measure: 'flow',
  },
  {
    name: 'Bekymringssamtaler rapportert av ledere',
    description:
      'Samtaler der en leder har tatt opp en bekymring om rus eller pengespill med en ansatt, og som lederen har meldt til AKAN-kontakten. Tell samtalene, ikke personene.',
    measure: 'flow',
  },
  {
    name: NEW_AGREEMENTS,
    description: 'Individuelle Akan-avtaler som ble inngått i kvartalet.',
    measure: 'flow',
  },
  {
    name: ENDED_COMPLETED,
    description: 'Individuelle Akan-avtaler som ble avsluttet i kvartalet fordi oppfølgingen var fullført slik avtalt.',
    measure: 'flow',
  },
  {
    name: ENDED_BROKEN,
    description:
      'Individuelle Akan-avtaler som ble avsluttet i kvartalet uten å være fullført: brutt, avbrutt eller overført til ordinær personalsak.',
    measure: 'flow',
  },
  {
    name: ACTIVE_AGREEMENTS,
    description: 'Individuelle Akan-avtaler som gjaldt siste dag i kvartalet.',
    measure: 'stock',
    adds: [NEW_AGREEMENTS],
    takes: [ENDED_COMPLETED, ENDED_BROKEN],
  },
  {
    name: 'Henvisninger til BHT eller behandling',
    description:
      'Ganger en ansatt er henvist eller fulgt til bedriftshelsetjenesten eller til behandling i kvartalet, som del av AKAN-arbeidet.',
    measure: 'flow',
  },
];
