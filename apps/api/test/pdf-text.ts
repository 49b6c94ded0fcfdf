import { inflateSync } from 'node:zlib';

/** Bytes 0x80-0x9F of WinAnsiEncoding, where it differs from Latin-1. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/**
 * The text a PDF written by pdfkit with its standard fonts shows, one string per text object
 * (BT ... ET: a line of a paragraph or a table cell), in drawing order. A small reader for
 * tests, not a general parser: it inflates FlateDecode streams (whose /Length pdfkit writes as
 * a number) and reads the hex strings of Tj and TJ, WinAnsi-encoded.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streamStart = /<<((?:(?!<<)[^])*?)>>\s*stream\r?\n/g;
  for (let m = streamStart.exec(raw); m; m = streamStart.exec(raw)) {
    const dictionary = m[1] ?? '';
    const length = /\/Length (\d+)/.exec(dictionary);
    if (!length) continue;
    const start = m.index + m[0].length;
    const bytes = pdf.subarray(start, start + Number(length[1]));
    const content = (dictionary.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString(
      'latin1',
    );
    for (const block of content.match(/\bBT\b[^]*?\bET\b/g) ?? []) {
      const strings = [...block.matchAll(/<([0-9a-fA-F]*)>/g)].map((s) => decodeHex(s[1] ?? ''));
      if (strings.length > 0) lines.push(strings.join(''));
    }
  }
  return lines;
}

/** The PDF's text as one string, lines joined by single spaces (wrapped cells read whole). */
export function pdfText(pdf: Buffer): string {
  return pdfTextLines(pdf)
    .map((l) => l.trim())
    .join(' ')
    .replace(/ +/g, ' ');
}
