// Staff alerts: a staff member's own alert address, language and per-clinic switches.
import { describe, expect, it } from 'vitest';
import {
  anna,
  clinic,
  fields,
  GET,
  h,
  OFF,
  save,
  type Settings,
  staff,
  useStaffAlertsHarness,
} from './support/staff-alerts.ts';

useStaffAlertsHarness();

describe('my alert settings', () => {
  it('start off, and say which switches apply to my roles at the clinic of this session', async () => {
    const receiver = await staff.receiver!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(receiver.errors).toBeUndefined();
    expect(receiver.data?.staffAlertSettings).toEqual({
      clinicId: clinic.id,
      email: null,
      locale: 'sv',
      ...OFF,
      mayAlertNewCases: true,
      mayAlertAssignments: false,
      mayAlertReplies: false,
      updatedAt: null,
    });
    const caregiver = await staff.caregiver!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(caregiver.data?.staffAlertSettings).toMatchObject({
      mayAlertNewCases: false,
      mayAlertAssignments: true,
      mayAlertReplies: true,
    });
  });

  it('save the address trimmed, the language and the switch, and read back the same', async () => {
    const saved = await save('quietReceiver', {
      email: '  kvitto@example.se ',
      locale: 'en',
      newCases: true,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveStaffAlertSettings).toMatchObject({
      clinicId: clinic.id,
      email: 'kvitto@example.se',
      locale: 'en',
      newCases: true,
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    const read = await staff.quietReceiver!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(read.data?.staffAlertSettings).toMatchObject({
      email: 'kvitto@example.se',
      locale: 'en',
      newCases: true,
    });
    // Off again: this receiver is the one who did not opt in, for the tests below.
    expect(
      (await save('quietReceiver', { email: 'kvitto@example.se', newCases: false })).errors,
    ).toBeUndefined();
  });

  it('asks for an address when an alert is on and refuses an invalid one', async () => {
    expect(fields(await save('receiver', { email: null, newCases: true }))).toEqual([
      { path: 'email', code: 'EMAIL_REQUIRED' },
    ]);
    expect(fields(await save('receiver', { email: 'vera@', newCases: false }))).toEqual([
      { path: 'email', code: 'EMAIL_INVALID' },
    ]);
    const wrongLanguage = await save('receiver', { email: null, locale: 'de' });
    expect(wrongLanguage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stored = await h.prisma.staffAccount.findUniqueOrThrow({
      where: { staffMemberId: staff.receiver!.id },
      select: { alertEmail: true },
    });
    expect(stored.alertEmail).toBeNull();
  });

  it('refuses a switch for a role I do not hold at this clinic', async () => {
    const refused = await save('receiver', {
      email: 'a@example.se',
      newCases: true,
      assignedToMe: true,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(refused)).toEqual([{ path: 'assignedToMe', code: 'NOT_YOUR_ROLE' }]);
    expect(
      await h.prisma.staffAlertSetting.count({ where: { staffMemberId: staff.receiver!.id } }),
    ).toBe(0);
  });

  it('in a region session: address and language only, no switch applies', async () => {
    const read = await staff.regionAdmin!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(read.data?.staffAlertSettings).toMatchObject({
      clinicId: null,
      mayAlertNewCases: false,
      mayAlertAssignments: false,
      mayAlertReplies: false,
    });
    const saved = await save('regionAdmin', { email: 'region@example.se', locale: 'en' });
    expect(saved.data?.saveStaffAlertSettings).toMatchObject({
      clinicId: null,
      email: 'region@example.se',
      locale: 'en',
    });
    expect(
      fields(await save('regionAdmin', { email: 'region@example.se', newCases: true })),
    ).toEqual([{ path: 'newCases', code: 'NOT_YOUR_ROLE' }]);
  });

  it('are not there for citizens', async () => {
    const asCitizen = await anna.browser.graphql(GET);
    expect(asCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
