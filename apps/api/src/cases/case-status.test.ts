import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from './case-view.types.ts';
import { nextStatus } from './case-status.ts';

describe('nextStatus', () => {
  it('assigning a new case makes it assigned; reassigning keeps the status', () => {
    expect(nextStatus('NEW', { kind: 'ASSIGN' })).toBe('ASSIGNED');
    expect(nextStatus('ASSIGNED', { kind: 'ASSIGN' })).toBe('ASSIGNED');
    expect(nextStatus('WAITING_FOR_CITIZEN', { kind: 'ASSIGN' })).toBe('WAITING_FOR_CITIZEN');
  });

  it('an answer answers, or closes when asked to', () => {
    expect(nextStatus('ASSIGNED', { kind: 'ANSWER', close: false })).toBe('ANSWERED');
    expect(nextStatus('NEW', { kind: 'ANSWER', close: true })).toBe('CLOSED');
  });

  it('a partial answer keeps the status; a counter-question waits for the citizen', () => {
    expect(nextStatus('ASSIGNED', { kind: 'PARTIAL_ANSWER' })).toBe('ASSIGNED');
    expect(nextStatus('NEW', { kind: 'PARTIAL_ANSWER' })).toBe('NEW');
    expect(nextStatus('ASSIGNED', { kind: 'COUNTER_QUESTION' })).toBe('WAITING_FOR_CITIZEN');
  });

  it('the citizen replies only to a waiting case, which goes back to its caregiver or the queue', () => {
    expect(nextStatus('WAITING_FOR_CITIZEN', { kind: 'CITIZEN_REPLY', assigned: true })).toBe(
      'ASSIGNED',
    );
    expect(nextStatus('WAITING_FOR_CITIZEN', { kind: 'CITIZEN_REPLY', assigned: false })).toBe(
      'NEW',
    );
    expect(nextStatus('ASSIGNED', { kind: 'CITIZEN_REPLY', assigned: true })).toBeNull();
  });

  it('only an answered case can be closed on its own', () => {
    expect(nextStatus('ANSWERED', { kind: 'CLOSE' })).toBe('CLOSED');
    expect(nextStatus('ASSIGNED', { kind: 'CLOSE' })).toBeNull();
    expect(nextStatus('WAITING_FOR_CITIZEN', { kind: 'CLOSE' })).toBeNull();
  });

  it('nothing moves a closed case', () => {
    for (const kind of ['ASSIGN', 'PARTIAL_ANSWER', 'COUNTER_QUESTION', 'CLOSE'] as const)
      expect(nextStatus('CLOSED', { kind })).toBeNull();
    expect(nextStatus('CLOSED', { kind: 'ANSWER', close: true })).toBeNull();
    expect(CASE_STATUSES).toContain('CLOSED');
  });
});
