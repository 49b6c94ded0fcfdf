import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import {
  alertPermissions,
  alertRecipients,
  assignmentAlertCandidates,
  cleanAlertSettings,
  replyAlertCandidates,
  visibleSwitches,
  type AlertCandidate,
} from './staff-alert.policy.ts';

const day = (value: string) => value as CalendarDate;
const ALL = { mayAlertNewCases: true, mayAlertAssignments: true, mayAlertReplies: true };
const OFF = { newCases: false, assignedToMe: false, citizenReplies: false };

describe('alertPermissions', () => {
  it('gives receivers the queue switch and caregivers the two case switches', () => {
    expect(alertPermissions(['CASE_RECEIVER'])).toEqual({
      mayAlertNewCases: true,
      mayAlertAssignments: false,
      mayAlertReplies: false,
    });
    expect(alertPermissions(['CAREGIVER', 'AUDITOR'])).toEqual({
      mayAlertNewCases: false,
      mayAlertAssignments: true,
      mayAlertReplies: true,
    });
    expect(alertPermissions(['CLINIC_ADMIN', 'REGION_ADMIN'])).toEqual({
      mayAlertNewCases: false,
      mayAlertAssignments: false,
      mayAlertReplies: false,
    });
  });

  it('shows a stored switch for a role no longer held as off', () => {
    expect(
      visibleSwitches(
        { newCases: true, assignedToMe: true, citizenReplies: true },
        alertPermissions(['CAREGIVER']),
      ),
    ).toEqual({ newCases: false, assignedToMe: true, citizenReplies: true });
  });
});

describe('cleanAlertSettings', () => {
  it('trims the address and keeps a blank one as null', () => {
    expect(cleanAlertSettings({ ...OFF, email: ' vera@example.se ', locale: 'en' }, ALL)).toEqual({
      ok: true,
      value: { ...OFF, email: 'vera@example.se', locale: 'en' },
    });
    expect(cleanAlertSettings({ ...OFF, email: '  ', locale: 'sv' }, ALL)).toEqual({
      ok: true,
      value: { ...OFF, email: null, locale: 'sv' },
    });
  });

  it('asks for an address when an alert is on, and refuses an invalid one', () => {
    expect(cleanAlertSettings({ ...OFF, citizenReplies: true, locale: 'sv' }, ALL)).toEqual({
      ok: false,
      problems: [{ path: 'email', code: 'EMAIL_REQUIRED' }],
    });
    expect(cleanAlertSettings({ ...OFF, email: 'vera@', locale: 'sv' }, ALL)).toEqual({
      ok: false,
      problems: [{ path: 'email', code: 'EMAIL_INVALID' }],
    });
  });

  it('refuses a switch for a role not held at the clinic', () => {
    expect(
      cleanAlertSettings(
        {
          newCases: true,
          assignedToMe: true,
          citizenReplies: false,
          email: 'a@b.se',
          locale: 'sv',
        },
        alertPermissions(['CAREGIVER']),
      ),
    ).toEqual({ ok: false, problems: [{ path: 'newCases', code: 'NOT_YOUR_ROLE' }] });
    expect(
      cleanAlertSettings(
        {
          newCases: false,
          assignedToMe: true,
          citizenReplies: true,
          email: 'a@b.se',
          locale: 'sv',
        },
        alertPermissions(['CASE_RECEIVER']),
      ),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'assignedToMe', code: 'NOT_YOUR_ROLE' },
        { path: 'citizenReplies', code: 'NOT_YOUR_ROLE' },
      ],
    });
  });
});

describe('alertRecipients', () => {
  const candidate = (over: Partial<AlertCandidate>): AlertCandidate => ({
    staffMemberId: 'a',
    roles: ['CASE_RECEIVER'],
    validFrom: day('2026-01-01'),
    validTo: null,
    ...over,
  });

  it('new cases go to receivers with an assignment in force today, both ends inclusive', () => {
    const today = day('2026-11-25');
    expect(
      alertRecipients(
        'STAFF_NEW_CASES',
        [
          candidate({ staffMemberId: 'receiver' }),
          candidate({ staffMemberId: 'caregiver', roles: ['CAREGIVER'] }),
          candidate({ staffMemberId: 'ended', validTo: day('2026-11-24') }),
          candidate({ staffMemberId: 'last-day', validTo: today }),
          candidate({ staffMemberId: 'first-day', validFrom: today }),
          candidate({ staffMemberId: 'not-yet', validFrom: day('2026-11-26') }),
        ],
        today,
      ),
    ).toEqual(['first-day', 'last-day', 'receiver']);
  });

  it('case alerts go to caregivers only', () => {
    const list = [
      candidate({ staffMemberId: 'receiver' }),
      candidate({ staffMemberId: 'caregiver', roles: ['CAREGIVER'] }),
    ];
    expect(alertRecipients('STAFF_CASE_ASSIGNED', list, day('2026-11-25'))).toEqual(['caregiver']);
    expect(alertRecipients('STAFF_CITIZEN_REPLY', list, day('2026-11-25'))).toEqual(['caregiver']);
  });
});

describe('who is told', () => {
  it('of an assignment: the assignee, unless they took it themselves or already had it', () => {
    expect(
      assignmentAlertCandidates({ actorStaffId: 'r', assigneeId: 'c', previousStaffId: null }),
    ).toEqual(['c']);
    expect(
      assignmentAlertCandidates({ actorStaffId: 'c', assigneeId: 'c', previousStaffId: null }),
    ).toEqual([]);
    expect(
      assignmentAlertCandidates({ actorStaffId: 'r', assigneeId: 'c', previousStaffId: 'c' }),
    ).toEqual([]);
  });

  it('of a reply: the caregiver assigned now, else the one who asked', () => {
    expect(replyAlertCandidates({ assignedStaffId: 'now', askedByStaffId: 'asked' })).toEqual([
      'now',
    ]);
    expect(replyAlertCandidates({ assignedStaffId: null, askedByStaffId: 'asked' })).toEqual([
      'asked',
    ]);
    expect(replyAlertCandidates({ assignedStaffId: null, askedByStaffId: null })).toEqual([]);
  });
});
