import { describe, expect, it } from 'vitest';
import { sanitizeTerms } from './terms-html.ts';

describe('sanitizeTerms', () => {
  it('keeps paragraphs, lists, emphasis and https links', () => {
    expect(sanitizeTerms('<p>Svar inom <strong>3</strong> dagar.</p><ul><li>Ett</li></ul>')).toBe(
      '<p>Svar inom <strong>3</strong> dagar.</p><ul><li>Ett</li></ul>',
    );
    expect(sanitizeTerms('<a href="https://example.com/villkor">villkor</a>')).toBe(
      '<a href="https://example.com/villkor" rel="noopener noreferrer">villkor</a>',
    );
  });

  it('removes scripts, event handlers, styles and javascript links', () => {
    const dirty =
      '<p onclick="steal()" style="color:red">Hej<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>';
    const clean = sanitizeTerms(dirty);
    expect(clean).toBe('<p>Hej</p><a rel="noopener noreferrer">x</a>');
  });

  it('turns empty text into nothing', () => {
    expect(sanitizeTerms('')).toBeNull();
    expect(sanitizeTerms('<script>x</script>')).toBeNull();
    expect(sanitizeTerms(null)).toBeNull();
  });
});
