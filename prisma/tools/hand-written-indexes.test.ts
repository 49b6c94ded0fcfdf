// The drift check's list of hand-written indexes: what it reports for missing, changed and
// undeclared ones (the migrations themselves are checked by migrate-tools.test.ts).
import { describe, expect, it } from 'vitest';
import { HAND_WRITTEN_INDEXES, handWrittenIndexProblems } from './hand-written-indexes.ts';

const QUEUE = HAND_WRITTEN_INDEXES.cases_queue_idx ?? '';

describe('hand-written indexes', () => {
  it('accepts exactly the listed indexes', () => {
    expect(handWrittenIndexProblems({ ...HAND_WRITTEN_INDEXES })).toEqual([]);
  });

  it('reports a listed index the migrations do not create', () => {
    const created = { ...HAND_WRITTEN_INDEXES };
    delete created.cases_queue_idx;
    expect(handWrittenIndexProblems(created)).toEqual([`missing index cases_queue_idx: ${QUEUE}`]);
  });

  it('reports an index whose definition changed', () => {
    const changed = QUEUE.replace(', id)', ')');
    const problems = handWrittenIndexProblems({
      ...HAND_WRITTEN_INDEXES,
      cases_queue_idx: changed,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^index cases_queue_idx differs/);
  });

  it('reports an expression or partial index nobody declared', () => {
    const extra = 'CREATE INDEX x ON public.cases USING btree (id) WHERE (revision > 1)';
    expect(handWrittenIndexProblems({ ...HAND_WRITTEN_INDEXES, x: extra })).toEqual([
      `unexpected index x (add it to prisma/tools/hand-written-indexes.ts): ${extra}`,
    ]);
  });
});
