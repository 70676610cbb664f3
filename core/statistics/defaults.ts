import type { Measure } from './labels';

/** The indicators a new data file starts with, in the order the committee reads them. */
export const DEFAULT_INDICATORS: readonly { name: string; description: string; measure: Measure }[] = [
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
    name: 'Nye individuelle Akan-avtaler',
    description: 'Individuelle Akan-avtaler som ble inngått i kvartalet.',
    measure: 'flow',
  },
  {
    name: 'Avsluttede Akan-avtaler – fullført',
    description: 'Individuelle Akan-avtaler som ble avsluttet i kvartalet fordi oppfølgingen var fullført slik avtalt.',
    measure: 'flow',
  },
  {
    name: 'Avsluttede Akan-avtaler – avbrutt eller overført til personalsak',
    description:
      'Individuelle Akan-avtaler som ble avsluttet i kvartalet uten å være fullført: brutt, avbrutt eller overført til ordinær personalsak.',
    measure: 'flow',
  },
  {
    name: 'Aktive Akan-avtaler ved periodens slutt',
    description: 'Individuelle Akan-avtaler som gjaldt siste dag i kvartalet.',
    measure: 'stock',
  },
  {
    name: 'Henvisninger til BHT eller behandling',
    description: 'Ganger en ansatt er henvist eller fulgt til bedriftshelsetjenesten eller til behandling i kvartalet, som del av AKAN-arbeidet.',
    measure: 'flow',
  },
];
