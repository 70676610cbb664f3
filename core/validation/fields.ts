import { z } from 'zod';
import { isIsoDate } from './dates';
import { containsNationalIdNumber } from './nationalId';

export const NATIONAL_ID_MESSAGE =
  'Teksten ser ut til å inneholde et fødselsnummer. Av hensyn til personvernet kan du ikke lagre fødselsnumre her – fjern nummeret og prøv igjen.';

const REQUIRED = 'Feltet må fylles ut.';

function freeText(max: number) {
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? REQUIRED : 'Verdien må være tekst.') })
    .trim()
    .max(max, { error: `Teksten kan være høyst ${max} tegn.` })
    .refine((text) => !containsNationalIdNumber(text), { error: NATIONAL_ID_MESSAGE });
}

/** Required free text: trimmed, not empty, bounded, never an identity number. */
export function requiredText(max = 200, emptyMessage = REQUIRED) {
  return freeText(max).refine((text) => text.length > 0, { error: emptyMessage });
}

/** Optional free text; empty becomes null. */
export function optionalText(max = 2000) {
  return freeText(max)
    .nullish()
    .transform((text) => (text ? text : null));
}

export function isoDate(message = 'Skriv en gyldig dato (dd.mm.åååå).') {
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? 'Velg en dato.' : message) })
    .refine(isIsoDate, { error: message });
}

export function optionalIsoDate(message?: string) {
  return z
    .union([isoDate(message), z.literal('')])
    .nullish()
    .transform((value) => (value ? value : null));
}

export function id(message = 'Velg en gyldig oppføring.') {
  return z
    .number({ error: message })
    .int({ error: message })
    .positive({ error: message })
    .max(2 ** 31, { error: message });
}

export function wholeNumber(max: number, label = 'Tallet') {
  return z
    .number({ error: `${label} må være et heltall.` })
    .int({ error: `${label} må være et heltall.` })
    .min(0, { error: `${label} kan ikke være negativt.` })
    .max(max, { error: `${label} kan være høyst ${max.toLocaleString('nb-NO')}.` });
}

export function email() {
  return z
    .string()
    .trim()
    .max(254, { error: 'E-postadressen er for lang.' })
    .refine((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), {
      error: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
    })
    .nullish()
    .transform((text) => (text ? text : null));
}

export const emptyInput = z
  .strictObject({})
  .optional()
  .transform(() => ({}));
