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
const WIDTHS = [92, 108, 80, 110, 105] as const;

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

/**
 * The patient's access log as a PDF: a title, the case named by its type and the day it was
 * sent (no more personal data than the CSV), when the file was made, and a table of when /
 * clinic / role / staff member / action, its header repeated on every page, and page numbers.
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

  doc.font(BOLD).fontSize(18).text(words.documentTitle);
  doc.moveDown(0.5);
  doc.font(FONT).fontSize(11);
  doc.text(`${words.caseLabel}: ${winAnsiText(typeName)}`);
  doc.text(`${words.submittedLabel}: ${stockholmDay(data.caseSummary.submittedAt)}`);
  doc.text(`${words.generatedLabel}: ${stockholmTime(data.generatedAt)}`);
  doc.moveDown(0.5);
  doc.fontSize(10).text(words.intro, { width });
  doc.moveDown(1);

  const header = [words.time, words.clinic, words.role, words.staffMember, words.action];
  const rows = data.entries.map((e) => [
    stockholmTime(e.occurredAt),
    winAnsiText(e.clinicName ?? ''),
    roleInWords(e.role, lang),
    winAnsiText(e.staffTitle ? `${e.staffName}, ${e.staffTitle}` : e.staffName),
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
  const drawRow = (cells: readonly string[], font: string, height: number) => {
    doc.font(font).fontSize(TABLE_SIZE);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x + PAD, top + PAD, { width: (WIDTHS[i] ?? 0) - 2 * PAD });
      x += WIDTHS[i] ?? 0;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor('#666666')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const bottom = () => doc.page.height - MARGIN;

  if (rows.length === 0) doc.fontSize(11).text(words.empty);
  else {
    const headerHeight = rowHeight(header, BOLD);
    drawRow(header, BOLD, headerHeight);
    for (const [index, row] of rows.entries()) {
      const height = rowHeight(row, FONT);
      if (doc.y + height > bottom()) {
        doc.addPage();
        drawRow(header, BOLD, headerHeight);
      }
      drawRow(row, FONT, height);
      // Laying out text is synchronous: let other requests in now and then on a long log.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    doc
      .font(FONT)
      .fontSize(8)
      .text(words.page(i + 1, range.count), MARGIN, doc.page.height - MARGIN / 2 - 4, {
        width,
        align: 'right',
      });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}
