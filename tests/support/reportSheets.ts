/** The annual report's sheets, in the workbook's order, as the users read their names. */
export const REPORT_SHEETS = [
  'Sammendrag',
  'Opplæring',
  'Informasjonstiltak',
  'Oppnevninger og utvalg',
  'Statistikk',
  'Framdriftsplan',
  'AMU-saker',
];
