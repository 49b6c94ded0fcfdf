/**
 * Pure rules for an uploaded file: its type is read from the content (magic bytes), never from
 * the name or what the browser claims; the name is cleaned before it is stored or sent back.
 */

export const MAX_ATTACHMENT_BYTES = 5_242_880;
export const MAX_ATTACHMENTS_PER_DRAFT = 5;
export const MAX_FILE_NAME_LENGTH = 200;

export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

const SIGNATURES: readonly { mediaType: AttachmentMediaType; bytes: readonly number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { mediaType: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
];

/** The allowed media type the content starts with, or null for anything else. */
export function detectMediaType(content: Uint8Array): AttachmentMediaType | null {
  for (const { mediaType, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return mediaType;
  }
  return null;
}

const EXTENSIONS: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
};

/**
 * The name to store: the last path segment, without control or bidirectional-override
 * characters, trimmed, at most 200 characters (UTF-16 units, cut between graphemes), ending in an extension that matches the detected
 * type (so a PNG sent as "scan.pdf" is saved as "scan.pdf.png" and opens as what it is).
 */
export function cleanFileName(raw: string, mediaType: AttachmentMediaType): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  const extensions = EXTENSIONS[mediaType];
  const dot = cleaned.lastIndexOf('.');
  const current = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const keeps = extensions.includes(current);
  const stem = (keeps ? cleaned.slice(0, dot) : cleaned) || 'bilaga';
  const suffix = `.${keeps ? cleaned.slice(dot + 1) : (extensions[0] ?? 'bin')}`;
  return `${truncate(stem, MAX_FILE_NAME_LENGTH - suffix.length)}${suffix}`;
}

/** At most `max` UTF-16 units, cut between graphemes (never inside an emoji or a letter). */
function truncate(text: string, max: number): string {
  let kept = '';
  for (const { segment } of new Intl.Segmenter('sv', { granularity: 'grapheme' }).segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}

/** RFC 6266/5987 header value that carries any Unicode name safely. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}
