import sanitizeHtml from 'sanitize-html';

/** What a clinic's terms text may contain: paragraphs, lists, emphasis and safe links. */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h2', 'h3'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  disallowedTagsMode: 'discard',
};

/** Sanitised rich text for a terms text; empty text becomes null. */
export function sanitizeTerms(html: string | null | undefined): string | null {
  if (!html) return null;
  const clean = sanitizeHtml(html, POLICY).trim();
  return clean === '' ? null : clean;
}
