const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

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

/** Finds 11 digits in free text (optionally written 6 + space + 5) that form a valid identity number. */
export function containsNationalIdNumber(text: string): boolean {
  const pattern = /(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)/g;
  for (const match of text.matchAll(pattern)) {
    if (isNationalIdNumber(`${match[1]}${match[2]}`)) return true;
  }
  return false;
}
