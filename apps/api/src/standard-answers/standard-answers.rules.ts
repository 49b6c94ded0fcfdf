import type { FieldProblem } from '../common/errors.ts';

/** Longest title: it is a label in the caregiver's list. */
export const MAX_TITLE_LENGTH = 100;
/** Longest text: the same as a caregiver's answer, so an inserted standard answer always fits. */
export const MAX_TEXT_LENGTH = 5000;

export type AnswerTexts = {
  titleSv: string;
  textSv: string;
  titleEn: string | null;
  textEn: string | null;
};

export type AnswerTextsInput = {
  titleSv: string;
  textSv: string;
  titleEn?: string | null;
  textEn?: string | null;
};

/**
 * The texts trimmed, or the field problems: Swedish title and text are required, English is
 * optional (blank is none) but an English title needs its text and the other way round.
 */
export function checkAnswerTexts(
  input: AnswerTextsInput,
): { ok: true; value: AnswerTexts } | { ok: false; problems: FieldProblem[] } {
  const value: AnswerTexts = {
    titleSv: input.titleSv.trim(),
    textSv: input.textSv.trim(),
    titleEn: input.titleEn?.trim() || null,
    textEn: input.textEn?.trim() || null,
  };
  const problems: FieldProblem[] = [];
  const limit = (path: keyof AnswerTexts, max: number) => {
    const text = value[path];
    if (text !== null && text.length > max) {
      problems.push({ path, code: 'TOO_LONG', params: { max } });
    }
  };
  if (!value.titleSv) problems.push({ path: 'titleSv', code: 'REQUIRED' });
  if (!value.textSv) problems.push({ path: 'textSv', code: 'REQUIRED' });
  if (value.titleEn && !value.textEn) problems.push({ path: 'textEn', code: 'REQUIRED' });
  if (value.textEn && !value.titleEn) problems.push({ path: 'titleEn', code: 'REQUIRED' });
  limit('titleSv', MAX_TITLE_LENGTH);
  limit('titleEn', MAX_TITLE_LENGTH);
  limit('textSv', MAX_TEXT_LENGTH);
  limit('textEn', MAX_TEXT_LENGTH);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

export type MoveDirection = 'UP' | 'DOWN';

/**
 * The new order of one list (the live answers of one case type, or of every type) after moving
 * `id` one step; null when it cannot move that way (first, last, or not in the list).
 */
export function moveInOrder(
  ids: readonly string[],
  id: string,
  direction: MoveDirection,
): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === 'UP' ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Positions 1..n for an order, only for the answers whose position changes. */
export function positionChanges(
  current: readonly { id: string; position: number }[],
  order: readonly string[],
): { id: string; position: number }[] {
  const was = new Map(current.map((a) => [a.id, a.position]));
  return order.flatMap((id, i) => (was.get(id) === i + 1 ? [] : [{ id, position: i + 1 }]));
}
