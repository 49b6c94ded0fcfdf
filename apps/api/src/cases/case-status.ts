import type { CaseStatus } from './case-view.types.ts';

/**
 * How a case's status moves (DOMAIN.md section 4): new -> assigned -> answered, or waiting for
 * the citizen after a counter-question and back, -> closed. Pure, so every transition is tested
 * on its own; null means the move is not allowed from this status.
 */
export type CaseMove =
  | { kind: 'ASSIGN' }
  | { kind: 'ANSWER'; close: boolean }
  | { kind: 'PARTIAL_ANSWER' }
  | { kind: 'COUNTER_QUESTION' }
  | { kind: 'CITIZEN_REPLY'; assigned: boolean }
  | { kind: 'CLOSE' };

export function nextStatus(current: CaseStatus, move: CaseMove): CaseStatus | null {
  if (current === 'CLOSED') return null;
  switch (move.kind) {
    case 'ASSIGN':
      // Reassigning keeps an answered or waiting case where it is.
      return current === 'NEW' ? 'ASSIGNED' : current;
    case 'ANSWER':
      return move.close ? 'CLOSED' : 'ANSWERED';
    case 'PARTIAL_ANSWER':
      // A partial reply (delsvar) tells the citizen something without finishing the case.
      return current;
    case 'COUNTER_QUESTION':
      return 'WAITING_FOR_CITIZEN';
    case 'CITIZEN_REPLY':
      if (current !== 'WAITING_FOR_CITIZEN') return null;
      return move.assigned ? 'ASSIGNED' : 'NEW';
    case 'CLOSE':
      return current === 'ANSWERED' ? 'CLOSED' : null;
  }
}
