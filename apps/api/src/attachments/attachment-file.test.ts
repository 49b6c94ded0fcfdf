import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, detectMediaType } from './attachment-file.ts';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(
    values.flatMap((v) => (typeof v === 'string' ? Array.from(Buffer.from(v, 'latin1')) : [v])),
  );

describe('detectMediaType', () => {
  it('recognises a PDF by %PDF-', () => {
    expect(detectMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });
  it('recognises a PNG by its eight-byte signature', () => {
    expect(detectMediaType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png');
  });
  it('recognises a JPEG by FF D8 FF', () => {
    expect(detectMediaType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
  });
  it('recognises GIF87a and GIF89a', () => {
    expect(detectMediaType(bytes('GIF87a', 1, 0))).toBe('image/gif');
    expect(detectMediaType(bytes('GIF89a', 1, 0))).toBe('image/gif');
  });
  it('refuses a Windows program, whatever it is called', () => {
    expect(detectMediaType(bytes('MZ', 0x90, 0, 3, 0))).toBeNull();
  });
  it('refuses near misses and files shorter than a signature', () => {
    expect(detectMediaType(bytes('%PDF'))).toBeNull();
    expect(detectMediaType(bytes('GIF88a'))).toBeNull();
    expect(detectMediaType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(detectMediaType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectMediaType(new Uint8Array())).toBeNull();
  });
  it('does not look for a signature past the start', () => {
    expect(detectMediaType(bytes(' %PDF-1.7'))).toBeNull();
  });
});

describe('cleanFileName', () => {
  it('keeps a plain name with a matching extension', () => {
    expect(cleanFileName('Remiss från vårdcentralen.PDF', 'application/pdf')).toBe(
      'Remiss från vårdcentralen.PDF',
    );
    expect(cleanFileName('foto.jpeg', 'image/jpeg')).toBe('foto.jpeg');
  });
  it('keeps only the last path segment of either kind of slash', () => {
    expect(cleanFileName('C:\\Users\\anna\\recept.pdf', 'application/pdf')).toBe('recept.pdf');
    expect(cleanFileName('../../etc/passwd.png', 'image/png')).toBe('passwd.png');
  });
  it('removes control and bidirectional-override characters', () => {
    expect(cleanFileName('a\u0000b\nc\u202Egpj.pdf', 'application/pdf')).toBe('abcgpj.pdf');
  });
  it('adds the extension of the detected type when the name claims another', () => {
    expect(cleanFileName('scan.pdf', 'image/png')).toBe('scan.pdf.png');
    expect(cleanFileName('program.exe', 'image/gif')).toBe('program.exe.gif');
    expect(cleanFileName('utan-typ', 'image/jpeg')).toBe('utan-typ.jpg');
  });
  it('names a file that has no name left', () => {
    expect(cleanFileName('  ', 'application/pdf')).toBe('bilaga.pdf');
    expect(cleanFileName('...', 'image/png')).toBe('bilaga.png');
    expect(cleanFileName('.pdf', 'application/pdf')).toBe('pdf.pdf');
  });
  it('keeps at most 200 characters and the extension', () => {
    const name = cleanFileName(`${'å'.repeat(300)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('å.pdf')).toBe(true);
  });
  it('never cuts a character in half', () => {
    const name = cleanFileName(`a${'👩‍⚕️'.repeat(60)}.png`, 'image/png');
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name).toBe(`a${'👩‍⚕️'.repeat(39)}.png`);
  });
});

describe('contentDisposition', () => {
  it('encodes any name as UTF-8 for the filename* parameter', () => {
    expect(contentDisposition("Läkarintyg (kopia) 'ny'.pdf")).toBe(
      "attachment; filename*=UTF-8''L%C3%A4karintyg%20%28kopia%29%20%27ny%27.pdf",
    );
  });
  it('lets no quote, semicolon or line break through', () => {
    const value = contentDisposition('a";b\r\nX-Evil: 1.pdf');
    expect(value).toBe("attachment; filename*=UTF-8''a%22%3Bb%0D%0AX-Evil%3A%201.pdf");
  });
});
