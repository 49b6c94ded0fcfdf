import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import { AppError } from '../common/errors.ts';
import {
  checkPageSize,
  decodeDueCursor,
  decodeQueueCursor,
  decodeWorkCursor,
  dueCursor,
  messageBody,
  minAgeBoundary,
  personName,
  queueCursor,
  queueParts,
  queueRank,
  queueStatuses,
  readMessageBody,
  responseMove,
  responseProblems,
  workCursor,
} from './case-handling.rules.ts';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.extensions.fields;
    throw error;
  }
  return undefined;
};

describe('page size', () => {
  it('takes 1..100 and refuses the rest', () => {
    expect(
      fieldsOf(() => {
        checkPageSize(1);
      }),
    ).toBeUndefined();
    expect(
      fieldsOf(() => {
        checkPageSize(100);
      }),
    ).toBeUndefined();
    for (const first of [0, 101, 2.5])
      expect(
        fieldsOf(() => {
          checkPageSize(first);
        }),
      ).toEqual([{ path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: 100 } }]);
  });
});

describe('cursors', () => {
  const id = '3f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';

  it('round-trip the sort keys', () => {
    const key = { rank: 1 as const, submittedAt: new Date('2026-11-01T10:00:00.123Z'), id };
    expect(decodeQueueCursor(queueCursor(key))).toEqual(key);
    const work = { lastEventAt: new Date('2026-11-02T10:00:00Z'), id };
    expect(decodeWorkCursor(workCursor(work))).toEqual(work);
    const due = { dueAt: new Date('2026-11-03T10:00:00Z'), id };
    expect(decodeDueCursor(dueCursor(due))).toEqual(due);
  });

  it('refuse a cursor of the other order: time left against received, and back', () => {
    const due = dueCursor({ dueAt: new Date('2026-11-03T10:00:00Z'), id });
    const invalid = [{ path: 'after', code: 'INVALID_CURSOR' }];
    expect(fieldsOf(() => decodeQueueCursor(due))).toEqual(invalid);
    expect(fieldsOf(() => decodeWorkCursor(due))).toEqual(invalid);
    const received = queueCursor({ rank: 0, submittedAt: new Date('2026-11-01T10:00:00Z'), id });
    expect(fieldsOf(() => decodeDueCursor(received))).toEqual(invalid);
    const work = workCursor({ lastEventAt: new Date('2026-11-02T10:00:00Z'), id });
    expect(fieldsOf(() => decodeDueCursor(work))).toEqual(invalid);
  });

  it('refuse anything forged as INVALID_CURSOR', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      'not base64 json',
      forged([1, 2]),
      forged({ r: 2, s: '2026-11-01T10:00:00Z', id }),
      forged({ r: 0, s: 'yesterday', id }),
      forged({ r: 0, s: '2026-11-01T10:00:00Z', id: "1' OR 1=1" }),
    ])
      expect(fieldsOf(() => decodeQueueCursor(cursor))).toEqual([
        { path: 'after', code: 'INVALID_CURSOR' },
      ]);
  });
});

describe('queue', () => {
  it('ranks new unassigned cases first', () => {
    expect(queueRank('NEW', null)).toBe(0);
    expect(queueRank('NEW', 'someone')).toBe(1);
    expect(queueRank('ASSIGNED', 'someone')).toBe(1);
    expect(queueRank('WAITING_FOR_CITIZEN', null)).toBe(1);
  });

  it('reads one part per status and assignee, rank 0 (new, unassigned) first', () => {
    const parts = queueParts(['ASSIGNED', 'NEW'], 'ANY', null);
    expect(parts).toEqual([
      { status: 'NEW', unassigned: true, rank: 0 },
      { status: 'ASSIGNED', unassigned: true, rank: 1 },
      { status: 'ASSIGNED', unassigned: false, rank: 1 },
      { status: 'NEW', unassigned: false, rank: 1 },
    ]);
    // Each part's rank is the rules' rank of every case in it.
    for (const part of parts)
      expect(part.rank).toBe(queueRank(part.status, part.unassigned ? null : 'someone'));
  });

  it('narrows the parts to the assignment asked for, and skips rank 0 behind a rank 1 cursor', () => {
    expect(queueParts(['NEW', 'CLOSED'], 'UNASSIGNED', null)).toEqual([
      { status: 'NEW', unassigned: true, rank: 0 },
      { status: 'CLOSED', unassigned: true, rank: 1 },
    ]);
    expect(queueParts(['NEW'], 'ASSIGNED', null)).toEqual([
      { status: 'NEW', unassigned: false, rank: 1 },
    ]);
    expect(queueParts(['NEW', 'NEW'], 'UNASSIGNED', 1)).toEqual([]);
    expect(queueParts(['NEW', 'ANSWERED'], 'ANY', 1).map((p) => p.rank)).toEqual([1, 1, 1]);
    expect(queueParts(['NEW', 'ANSWERED'], 'ANY', 0)).toHaveLength(4);
  });

  it('shows every status but CLOSED unless asked', () => {
    expect(queueStatuses(null)).toEqual(['NEW', 'ASSIGNED', 'ANSWERED', 'WAITING_FOR_CITIZEN']);
    expect(queueStatuses([])).toEqual(['NEW', 'ASSIGNED', 'ANSWERED', 'WAITING_FOR_CITIZEN']);
    expect(queueStatuses(['CLOSED', 'CLOSED'])).toEqual(['CLOSED']);
  });

  it('counts age in calendar days: at least 1 day old means sent before today', () => {
    const today = '2026-03-01' as CalendarDate;
    expect(minAgeBoundary(today, 0)).toBe('2026-03-02');
    expect(minAgeBoundary(today, 1)).toBe('2026-03-01');
    expect(minAgeBoundary(today, 2)).toBe('2026-02-28');
  });
});

describe('response form', () => {
  it('requires time and place of a booked appointment, and the phone of a call-us', () => {
    expect(
      responseProblems({
        kind: 'ANSWER',
        close: false,
        outcomes: [
          { kind: 'APPOINTMENT_BOOKED', place: '  ' },
          { kind: 'PLEASE_CALL_US', phone: null },
          { kind: 'PRESCRIPTION_RENEWED' },
          { kind: 'APPOINTMENT_BOOKED', appointmentAt: new Date(), place: 'Rum 3' },
        ],
      }),
    ).toEqual([
      { path: 'outcomes.0.appointmentAt', code: 'REQUIRED' },
      { path: 'outcomes.0.place', code: 'REQUIRED' },
      { path: 'outcomes.1.phone', code: 'REQUIRED' },
    ]);
  });

  it('closes only with an answer', () => {
    expect(responseProblems({ kind: 'ANSWER', close: true, outcomes: [] })).toEqual([]);
    for (const kind of ['PARTIAL_ANSWER', 'COUNTER_QUESTION'] as const)
      expect(responseProblems({ kind, close: true, outcomes: [] })).toEqual([
        { path: 'close', code: 'ONLY_WITH_ANSWER' },
      ]);
  });

  it('maps each kind to its status move and access-log action', () => {
    expect(responseMove('ANSWER', true)).toEqual({
      move: { kind: 'ANSWER', close: true },
      action: 'ANSWER_CASE',
    });
    expect(responseMove('PARTIAL_ANSWER', false).action).toBe('PARTIAL_ANSWER_CASE');
    expect(responseMove('COUNTER_QUESTION', false).action).toBe('ASK_COUNTER_QUESTION');
  });

  it('stores only the fields of each outcome kind, and reads them back', () => {
    const body = messageBody('Välkommen', [
      {
        kind: 'APPOINTMENT_BOOKED',
        appointmentAt: new Date('2026-12-01T09:00:00Z'),
        place: ' Rum 3 ',
        phone: '08-1',
      },
    ]);
    expect(body).toEqual({
      text: 'Välkommen',
      outcomes: [
        {
          kind: 'APPOINTMENT_BOOKED',
          appointmentAt: '2026-12-01T09:00:00.000Z',
          place: 'Rum 3',
          phone: null,
        },
      ],
    });
    expect(readMessageBody(body).outcomes[0]?.appointmentAt).toEqual(
      new Date('2026-12-01T09:00:00Z'),
    );
    expect(readMessageBody({ key: 'caseSubmitted', reference: 'E-1' })).toEqual({
      text: null,
      outcomes: [],
    });
  });
});

describe('names', () => {
  it('writes a person without a name as a dash', () => {
    expect(personName({ givenName: null, familyName: null })).toBe('–');
    expect(personName({ givenName: 'Anna', familyName: null })).toBe('Anna');
  });
});
