import { staffTitleIn } from '@etj/domain/staff-titles';
import PDFDocument from 'pdfkit';
import type { CitizenAccessLogExport } from './citizen-access-log.service.ts';
import {
  actionInWords,
  EXPORT_WORDS,
  roleInWords,
  stockholmDay,
  stockholmTime,
  type ExportLanguage,
} from './citizen-access-log.words.ts';

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const TABLE_SIZE = 9;
const PAD = 4;
/** Rows laid out between two turns of the event loop (a few milliseconds' work). */
const YIELD_EVERY = 100;

const nextTurn = () =>
  new Promise<void>((resolve) => {
    setImmediate(resolve);
  });

/** Column widths (points) of when / clinic / role / staff member / action; A4 less margins. */
const WIDTHS = [97, 103, 80, 110, 105] as const;

/**
 * Characters pdfkit's standard fonts can write (WinAnsi: Latin-1 and a few more). Anything
 * else, a name like Łukasz or Dương, loses its diacritics or becomes "?", instead of the wrong
 * glyphs pdfkit would otherwise write.
 */
const WIN_ANSI_EXTRA = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™Œœ˜ŠšŸŽž');
const NO_DECOMPOSITION: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i' };

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)
  );
}

function allEncodable(text: string): boolean {
  for (const char of text) if (!encodable(char)) return false;
  return true;
}

/** The text as the standard fonts can write it (exported for its test). */
export function winAnsiText(text: string): string {
  let out = '';
  for (const char of text.replace(/\s/g, ' ')) {
    if (encodable(char)) out += char;
    else {
      const base = (NO_DECOMPOSITION[char] ?? char).normalize('NFD').replace(/\p{M}/gu, '');
      out += base && allEncodable(base) ? base : '?';
    }
  }
  return out;
}

/** A column header cell (TH) that says it heads its column; pdfkit's types lack `scope`. */
const COLUMN_HEADER: PDFKit.Mixins.StructureElementOptions & { scope: 'Column' } = {
  scope: 'Column',
};

/**
 * The patient's access log as a PDF: a title, the case named by its type and the day it was
 * sent (no more personal data than the CSV), when the file was made, and a table of when /
 * clinic / role / staff member / action, its header repeated on every page, and page numbers.
 * Tagged (PDF/UA-style structure: a heading, paragraphs, a table with column headers; rules,
 * repeated headers and page numbers as artifacts) in the document's language, so a screen
 * reader reads it as the page reads.
 */
export async function accessLogPdf(
  data: CitizenAccessLogExport,
  lang: ExportLanguage,
): Promise<Buffer> {
  const words = EXPORT_WORDS[lang];
  const typeName =
    lang === 'en'
      ? (data.caseSummary.caseTypeNameEn ?? data.caseSummary.caseTypeNameSv)
      : data.caseSummary.caseTypeNameSv;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: lang === 'en' ? 'en-GB' : 'sv-SE',
    displayTitle: true,
    info: { Title: words.documentTitle, Subject: winAnsiText(typeName) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const root = doc.struct('Document');
  doc.addStructure(root);
  /** Content that belongs to the structure (its closure runs when it is added). */
  const tagged = (tag: string, draw: () => void) => {
    root.add(doc.struct(tag, {}, draw));
  };
  /** Content a screen reader skips: rules, repeated headers, page numbers. */
  const artifact = (type: 'Pagination' | 'Layout', draw: () => void) => {
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  };

  tagged('H1', () => {
    doc.font(BOLD).fontSize(18).text(words.documentTitle);
  });
  doc.moveDown(0.5);
  doc.font(FONT).fontSize(11);
  for (const line of [
    `${words.caseLabel}: ${winAnsiText(typeName)}`,
    `${words.submittedLabel}: ${stockholmDay(data.caseSummary.submittedAt)}`,
    `${words.generatedLabel}: ${stockholmTime(data.generatedAt)}`,
  ])
    tagged('P', () => {
      doc.text(line);
    });
  doc.moveDown(0.5);
  tagged('P', () => {
    doc.fontSize(10).text(words.intro, { width });
  });
  doc.moveDown(1);

  const header = [words.time, words.clinic, words.role, words.staffMember, words.action];
  const rows = data.entries.map((e) => [
    stockholmTime(e.occurredAt),
    winAnsiText(e.clinicName ?? ''),
    roleInWords(e.role, lang),
    winAnsiText(e.staffTitle ? `${e.staffName}, ${staffTitleIn(e.staffTitle, lang)}` : e.staffName),
    actionInWords(e.action, lang),
  ]);

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(TABLE_SIZE);
    return (
      Math.max(
        ...cells.map((c, i) => doc.heightOfString(c, { width: (WIDTHS[i] ?? 0) - 2 * PAD })),
      ) +
      2 * PAD
    );
  };
  /** One row: in a TR as TH or TD cells, or as an artifact (a header repeated on a new page). */
  const drawRow = (
    cells: readonly string[],
    height: number,
    place: { row: PDFKit.PDFStructureElement; cell: 'TH' | 'TD' } | null,
  ) => {
    doc.font(place?.cell === 'TD' ? FONT : BOLD).fontSize(TABLE_SIZE);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const left = x + PAD;
      const draw = () => {
        doc.text(cell, left, top + PAD, { width: (WIDTHS[i] ?? 0) - 2 * PAD });
      };
      if (!place) artifact('Pagination', draw);
      else if (place.cell === 'TH') place.row.add(doc.struct('TH', COLUMN_HEADER, draw));
      else place.row.add(doc.struct('TD', {}, draw));
      x += WIDTHS[i] ?? 0;
    });
    place?.row.end();
    artifact('Layout', () => {
      doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + width, top + height)
        .lineWidth(0.5)
        .strokeColor('#666666')
        .stroke();
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const bottom = () => doc.page.height - MARGIN;

  const tableRow = (table: PDFKit.PDFStructureElement, cell: 'TH' | 'TD') => {
    const row = doc.struct('TR');
    table.add(row);
    return { row, cell };
  };
  if (rows.length === 0)
    tagged('P', () => {
      doc.fontSize(11).text(words.empty);
    });
  else {
    const table = doc.struct('Table');
    root.add(table);
    const headerHeight = rowHeight(header, BOLD);
    drawRow(header, headerHeight, tableRow(table, 'TH'));
    for (const [index, row] of rows.entries()) {
      const height = rowHeight(row, FONT);
      if (doc.y + height > bottom()) {
        doc.addPage();
        drawRow(header, headerHeight, null);
      }
      drawRow(row, height, tableRow(table, 'TD'));
      // Laying out text is synchronous: let other requests in now and then on a long log.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    }
    table.end();
  }
  root.end();

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    artifact('Pagination', () => {
      doc
        .font(FONT)
        .fontSize(8)
        .text(words.page(i + 1, range.count), MARGIN, doc.page.height - MARGIN / 2 - 4, {
          width,
          align: 'right',
        });
    });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}
