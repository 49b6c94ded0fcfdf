// Notification settings: the citizen's own, or in proxy mode the child's, made on
// demand for a child who has never logged in. Fictional numbers only (070-174 06 05..99).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createPerson } from './factories.ts';

const GET =
  '{ notificationSettings { personId email mobile notifyByEmail notifyBySms locale updatedAt } }';
const SAVE = `mutation($input: SaveNotificationSettingsInput!) {
  saveNotificationSettings(input: $input) { personId email mobile notifyByEmail notifyBySms locale updatedAt } }`;
const ADD = 'mutation($pnr: String!) { addProxyChild(input: { personnummer: $pnr }) { personId } }';
const ACT = 'mutation($id: ID!) { actForChild(personId: $id) { actingFor { personId } } }';
const STOP = 'mutation { stopActingForChild { actingFor { personId } } }';

let h: Harness;
let guardian: { id: string; identityNumber: string };
let child: { id: string; identityNumber: string };
let browser: Browser;

beforeAll(async () => {
  h = await startHarness();
  guardian = await createPerson(h.prisma, { birthDate: '1985-09-23', givenName: 'Sara' });
  child = await createPerson(h.prisma, { birthDate: '2022-06-01', givenName: 'Noah', male: true });
  await h.prisma.guardianship.create({
    data: {
      id: randomUUID(),
      guardianId: guardian.id,
      childId: child.id,
      custody: 'SOLE',
      validFrom: new Date('2022-06-01T00:00:00Z'),
    },
  });
  browser = new Browser(h.baseUrl, 'citizen');
  await browser.login(guardian.identityNumber);
  expect((await browser.graphql(ADD, { pnr: child.identityNumber })).errors).toBeUndefined();
});

afterAll(async () => {
  await h.close();
});

function fields(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.fields;
}

describe('my own notification settings', () => {
  it('start empty, save normalised, and say who saved them', async () => {
    expect((await browser.graphql(GET)).data).toEqual({
      notificationSettings: {
        personId: guardian.id,
        email: null,
        mobile: null,
        notifyByEmail: false,
        notifyBySms: false,
        locale: 'sv',
        updatedAt: null,
      },
    });
    const saved = await browser.graphql(SAVE, {
      input: {
        email: '  sara@example.com ',
        mobile: '+46 70-174 06 05',
        notifyByEmail: true,
        notifyBySms: true,
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveNotificationSettings).toMatchObject({
      personId: guardian.id,
      email: 'sara@example.com',
      mobile: '+46701740605',
      notifyByEmail: true,
      notifyBySms: true,
    });
    const stored = await h.prisma.notificationSetting.findFirstOrThrow({
      where: { citizenAccount: { personId: guardian.id } },
      select: { updatedByPersonId: true },
    });
    expect(stored.updatedByPersonId).toBe(guardian.id);
  });

  it('refuses bad addresses and a channel without its address, all at once', async () => {
    const bad = await browser.graphql(SAVE, {
      input: { email: 'sara@', mobile: '08-123 456 78', notifyByEmail: false, notifyBySms: false },
    });
    expect(fields(bad)).toEqual([
      { path: 'email', code: 'EMAIL_INVALID' },
      { path: 'mobile', code: 'MOBILE_INVALID' },
    ]);
    const missing = await browser.graphql(SAVE, {
      input: { email: '', mobile: null, notifyByEmail: true, notifyBySms: true },
    });
    expect(fields(missing)).toEqual([
      { path: 'email', code: 'EMAIL_REQUIRED' },
      { path: 'mobile', code: 'MOBILE_REQUIRED' },
    ]);
    // Nothing changed.
    expect((await browser.graphql(GET)).data).toMatchObject({
      notificationSettings: { email: 'sara@example.com', mobile: '+46701740605' },
    });
  });
});

describe('the language of notifications', () => {
  it('is stored when chosen, kept when the input leaves it out, and refused when unknown', async () => {
    const save = (locale?: string) =>
      browser.graphql(SAVE, {
        input: {
          email: 'sara@example.com',
          mobile: '0701740605',
          notifyByEmail: true,
          notifyBySms: false,
          ...(locale === undefined ? {} : { locale }),
        },
      });
    const stored = async () =>
      (
        await h.prisma.notificationSetting.findFirstOrThrow({
          where: { citizenAccount: { personId: guardian.id } },
          select: { locale: true },
        })
      ).locale;
    expect((await save('en')).data?.saveNotificationSettings).toMatchObject({ locale: 'en' });
    expect(await stored()).toBe('en');
    expect((await save()).data?.saveNotificationSettings).toMatchObject({ locale: 'en' });
    expect(await stored()).toBe('en');
    expect((await browser.graphql(GET)).data).toMatchObject({
      notificationSettings: { locale: 'en' },
    });
    expect((await save('de')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored()).toBe('en');
    expect((await save('sv')).data?.saveNotificationSettings).toMatchObject({ locale: 'sv' });
    expect(await stored()).toBe('sv');
  });
});

describe('the child’s settings in proxy mode', () => {
  it('are made for a child who has never logged in, saved by the guardian', async () => {
    expect(await h.prisma.citizenAccount.count({ where: { personId: child.id } })).toBe(0);
    await browser.graphql(ACT, { id: child.id });
    expect((await browser.graphql(GET)).data).toMatchObject({
      notificationSettings: { personId: child.id, email: null, mobile: null },
    });
    const saved = await browser.graphql(SAVE, {
      input: {
        email: 'noah@example.com',
        mobile: '070 174 06 99',
        notifyByEmail: false,
        notifyBySms: true,
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveNotificationSettings).toMatchObject({
      personId: child.id,
      mobile: '+46701740699',
      notifyBySms: true,
    });
    const account = await h.prisma.citizenAccount.findUniqueOrThrow({
      where: { personId: child.id },
      select: {
        firstLoginAt: true,
        notificationSettings: { select: { updatedByPersonId: true, mobile: true } },
      },
    });
    expect(account).toEqual({
      firstLoginAt: null,
      notificationSettings: { updatedByPersonId: guardian.id, mobile: '+46701740699' },
    });

    await browser.graphql(STOP);
    expect((await browser.graphql(GET)).data).toMatchObject({
      notificationSettings: { personId: guardian.id, mobile: '+46701740605' },
    });
  });
});
