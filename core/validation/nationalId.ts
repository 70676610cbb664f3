const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const LENGTH = 11;

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

/** True when an 11-digit string has valid Norwegian national identity number check digits (fødselsnummer, D-nummer). */
export function isNationalIdNumber(candidate: string): boolean {
  if (!/^\d{11}$/.test(candidate)) return false;
  const digits = [...candidate].map(Number);
  const k1 = checkDigit(digits, WEIGHTS_1);
  if (k1 === null || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, WEIGHTS_2);
  return k2 !== null && k2 === digits[10];
}

/** Invisible characters that may hide inside a number: zero-width spaces and joiners, soft hyphens, marks. */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}]/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** What may stand between the digit groups of one written number: spaces of every kind, dashes, dots and the like. */
const SEPARATOR_RUN = /^[\p{Z}\s\p{Pd}\u2212.,·•:/_'’*~+]{1,3}$/u;

/** A decimal digit of any script (Arabic-Indic, Devanagari, …) as 0–9: Unicode lays each script's digits out 0 to 9. */
function asciiDigit(char: string): string {
  let code = char.codePointAt(0) ?? 0;
  let value = 0;
  while (value < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    value += 1;
  }
  return String(value % 10);
}

/** Unicode NFKC (full-width and other compatibility digits), invisible characters removed, every digit as 0–9. */
export function normaliseForIdentityCheck(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\p{Nd}/gu, (char) => (/[0-9]/.test(char) ? char : asciiDigit(char)));
}

/** The runs of digits that belong to one written number (joined only by short separators). */
function digitClusters(text: string): string[][] {
  const clusters: string[][] = [];
  let current: string[] = [];
  for (const [part] of text.matchAll(/\d+|\D+/g)) {
    if (/^\d/.test(part)) current.push(part);
    else if (!SEPARATOR_RUN.test(part)) {
      if (current.length) clusters.push(current);
      current = [];
    }
  }
  if (current.length) clusters.push(current);
  return clusters;
}

/**
 * Finds a valid identity number however it is written: with spaces of any kind, dots, hyphens or other separators
 * between its digits (`15.07.65 00565`), full-width or other-script digits, zero-width characters. A run of groups
 * counts when it is exactly 11 digits; digits that are part of a longer group never do.
 */
export function containsNationalIdNumber(text: string): boolean {
  for (const groups of digitClusters(normaliseForIdentityCheck(text))) {
    for (let start = 0; start < groups.length; start++) {
      let candidate = '';
      for (let end = start; end < groups.length && candidate.length < LENGTH; end++) candidate += groups[end];
      if (candidate.length === LENGTH && isNationalIdNumber(candidate)) return true;
    }
  }
  return false;
}

const MAX_DEPTH = 32;

/**
 * Every place in a contract call's raw input (object keys included) whose text holds an identity number, as paths
 * like `links.0`. Looked at before the input is parsed, so no field of any method can let one through.
 */
export function nationalIdPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return containsNationalIdNumber(value) ? [path] : [];
  if (path.length >= MAX_DEPTH || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nationalIdPaths(item, [...path, index]));
  return Object.entries(value).flatMap(([key, item]) =>
    containsNationalIdNumber(key) ? [[...path, key]] : nationalIdPaths(item, [...path, key]),
  );
}
