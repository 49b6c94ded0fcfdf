import { describe, expect, it } from 'vitest';
import {
  checkAnswerTexts,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  moveInOrder,
  positionChanges,
} from './standard-answers.rules.ts';

describe('checkAnswerTexts', () => {
  it('trims the texts and keeps a blank English text as none', () => {
    expect(
      checkAnswerTexts({ titleSv: ' Recept ', textSv: ' Klart. ', titleEn: ' ', textEn: '' }),
    ).toEqual({
      ok: true,
      value: { titleSv: 'Recept', textSv: 'Klart.', titleEn: null, textEn: null },
    });
  });

  it('requires the Swedish title and text, and English title and text together', () => {
    expect(checkAnswerTexts({ titleSv: '  ', textSv: '', titleEn: 'Renewed' })).toEqual({
      ok: false,
      problems: [
        { path: 'titleSv', code: 'REQUIRED' },
        { path: 'textSv', code: 'REQUIRED' },
        { path: 'textEn', code: 'REQUIRED' },
      ],
    });
    expect(checkAnswerTexts({ titleSv: 'A', textSv: 'B', textEn: 'Text' })).toEqual({
      ok: false,
      problems: [{ path: 'titleEn', code: 'REQUIRED' }],
    });
  });

  it('limits the lengths, at the limit allowed and one over refused', () => {
    const title = 'x'.repeat(MAX_TITLE_LENGTH);
    const text = 'y'.repeat(MAX_TEXT_LENGTH);
    expect(checkAnswerTexts({ titleSv: title, textSv: text }).ok).toBe(true);
    expect(
      checkAnswerTexts({
        titleSv: `${title}x`,
        textSv: text,
        titleEn: `${title}x`,
        textEn: `${text}y`,
      }),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'titleSv', code: 'TOO_LONG', params: { max: MAX_TITLE_LENGTH } },
        { path: 'titleEn', code: 'TOO_LONG', params: { max: MAX_TITLE_LENGTH } },
        { path: 'textEn', code: 'TOO_LONG', params: { max: MAX_TEXT_LENGTH } },
      ],
    });
  });
});

describe('moveInOrder', () => {
  const ids = ['a', 'b', 'c'];
  it('swaps with the neighbour in the direction', () => {
    expect(moveInOrder(ids, 'b', 'UP')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(ids, 'b', 'DOWN')).toEqual(['a', 'c', 'b']);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
  it('cannot move past either end or an answer not in the list', () => {
    expect(moveInOrder(ids, 'a', 'UP')).toBeNull();
    expect(moveInOrder(ids, 'c', 'DOWN')).toBeNull();
    expect(moveInOrder(ids, 'z', 'UP')).toBeNull();
  });
});

describe('positionChanges', () => {
  it('numbers the order from 1 and leaves out what already has its number', () => {
    expect(
      positionChanges(
        [
          { id: 'a', position: 1 },
          { id: 'b', position: 0 },
          { id: 'c', position: 3 },
        ],
        ['b', 'a', 'c'],
      ),
    ).toEqual([
      { id: 'b', position: 1 },
      { id: 'a', position: 2 },
    ]);
  });
});
