import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CaseDocumentContent } from './content';

const FONT = 'Arial';
const ACCENT = '1E6A8D';
/** A4 in twentieths of a point, with 2,5 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
const CELL_MARGIN = { top: 60, bottom: 60, left: 100, right: 100 };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };

const heading = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 280, after: 120 }, keepNext: true });
const body = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const bullet = (text: string) => new Paragraph({ children: [new TextRun(text)], bullet: { level: 0 } });

function cell(
  text: string,
  options: { bold?: boolean; header?: boolean; right?: boolean; width?: number } = {},
): TableCell {
  return new TableCell({
    margins: CELL_MARGIN,
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: ACCENT } } : {}),
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({ text, bold: options.bold || options.header, color: options.header ? 'FFFFFF' : undefined }),
        ],
      }),
    ],
  });
}

function grid(rows: TableRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows,
  });
}

function labelled(lines: { label: string; value: string }[]): Table {
  return grid(
    lines.map(
      ({ label, value }) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, { bold: true, width: 40 }), cell(value, { width: 60 })],
        }),
    ),
  );
}

function published(table: { columns: string[]; rows: string[][] }): Table {
  return grid([
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((label, c) => cell(label, { header: true, right: c > 0 })),
    }),
    ...table.rows.map(
      (row) => new TableRow({ cantSplit: true, children: row.map((value, c) => cell(value, { right: c > 0 })) }),
    ),
  ]);
}

/** The saksframlegg as a Word document: A4, Arial, the case heading, the text, the tables and the proposal. */
export async function caseDocumentDocx(content: CaseDocumentContent): Promise<Buffer> {
  const { statistics } = content;
  const document = new Document({
    creator: content.organisationName,
    lastModifiedBy: content.organisationName,
    title: content.title,
    subject: 'Saksframlegg til arbeidsmiljøutvalget (AMU)',
    description: `Saksframlegg: ${content.title}`,
    keywords: 'AKAN; årsrapport; AMU; saksframlegg',
    styles: {
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: 36, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 26, bold: true, color: ACCENT },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${content.organisationName} · Saksframlegg`, size: 18, color: '595959' }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                    size: 18,
                    color: '595959',
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: 'Saksframlegg', style: 'Heading2', spacing: { after: 60 } }),
          new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }),
          labelled(content.heading),
          heading('Saken gjelder'),
          body(content.concerns),
          heading('Utvalgets oppsummering'),
          ...content.summary.map(body),
          heading('Nøkkeltall'),
          labelled(content.keyFigures),
          heading('Hva er gjort'),
          body(content.done.intro),
          ...content.done.items.map(bullet),
          heading('Hva er planlagt'),
          body(content.planned.intro),
          ...content.planned.items.map(bullet),
          heading('Statistikk'),
          body('Tallene er anonymisert og publisert med samme skjerming som i årsrapporten.'),
          ...(statistics.table ? [published(statistics.table)] : [body(statistics.empty)]),
          ...statistics.notes.map(
            (note) =>
              new Paragraph({
                children: [new TextRun({ text: note, italics: true, size: 18 })],
                spacing: { before: 80 },
              }),
          ),
          heading('Forslag til vedtak'),
          new Paragraph({ children: [new TextRun({ text: content.proposal, bold: true })], spacing: { after: 120 } }),
          heading('Vedlegg'),
          ...content.attachments.map((attachment, i) => body(`${i + 1}. ${attachment}`)),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
