import { z } from 'zod';
import { containsNationalIdNumber } from './nationalId';

export const HTTPS_LINK_MESSAGE =
  'Skriv hele adressen, som må begynne med https://, for eksempel https://intranett.kommune.no/akan.';

/** An absolute https address with a host (a link the app may open in the browser). */
export function isHttpsUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

/** A list of https links; each bad one is named by its place in the list so the user can find it. */
export function httpsLinks(max: number) {
  return z
    .array(
      z.string({ error: 'Lenken må være tekst.' }).trim().max(2000, { error: 'En lenke kan være høyst 2000 tegn.' }),
      {
        error: 'Lenkene må være en liste.',
      },
    )
    .max(max * 5, { error: `Du kan legge inn høyst ${max} lenker.` })
    .transform((links) => links.filter((link) => link !== ''))
    .refine((links) => links.length <= max, { error: `Du kan legge inn høyst ${max} lenker.` })
    .superRefine((links, ctx) => {
      links.forEach((link, index) => {
        const message = containsNationalIdNumber(link)
          ? `Lenke ${index + 1} ser ut til å inneholde et fødselsnummer. Fjern nummeret og prøv igjen.`
          : isHttpsUrl(link)
            ? null
            : `Lenke ${index + 1} (${shorten(link)}) er ikke en gyldig https-adresse. ${HTTPS_LINK_MESSAGE}`;
        if (message) ctx.addIssue({ code: 'custom', path: [index], message });
      });
    });
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
