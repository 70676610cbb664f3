/** Words that only join the title together; left out of the table's name. */
const FILLER = new Set(['i', 'og', 'per', 'etter', 'med', 'for', 'til', 'av', 'som', 'the']);
const MAX_WORDS = 4;

/**
 * Names the workbook's Excel tables in Norwegian from their titles, unique across the workbook:
 * «Opplæringer i 2026» → `Opplæringer_2026`, «Deltakere etter målgruppe» → `Deltakere_målgruppe`.
 * Excel allows letters (æ, ø, å too), digits and `_`, starting with a letter.
 */
export function tableNamer(): (title: string) => string {
  const used = new Set<string>();
  return (title) => {
    const words = title.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !FILLER.has(word.toLocaleLowerCase('nb')));
    const year = words.find((word) => /^\d{4}$/.test(word));
    const named = words.filter((word) => word !== year).slice(0, MAX_WORDS);
    const base = [...named, ...(year ? [year] : [])].join('_') || 'Tabell';
    const start = /^\p{L}/u.test(base) ? base : `Tabell_${base}`;
    let name = start;
    for (let n = 2; used.has(name.toLocaleLowerCase('nb')); n++) name = `${start}_${n}`;
    used.add(name.toLocaleLowerCase('nb'));
    return name;
  };
}
