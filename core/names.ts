/**
 * The one order of names the users read (units, themes, people): Norwegian alphabetical order with numbers by value,
 * so «Skole 2» comes before «Skole 10». Pure: the renderer sorts with it too.
 */
const collator = new Intl.Collator('nb', { numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
