// Driftstatus over real GraphQL, PostgreSQL and SMTP: the public status and
// subscription (confirmed and ended by the mails' links, never revealing who subscribes), and
// the national service administration publishing, updating and ending announcements, each
// mailed through the notification outbox to confirmed subscribers only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createClinic, createPerson, createRegion, createStaff } from './factories.ts';
import type { CaughtMail } from '../src/notifications/smtp-catcher.ts';

const FIELDS =
  'id kind affected title { sv en } body { sv en } startsAt endsAt publishedAt updates { text { sv en } at }';
const STATUS = `{ serviceStatus { current { ${FIELDS} } upcoming { ${FIELDS} } } }`;
const SUBSCRIBE =
  'mutation($input: SubscribeToServiceStatusInput!) { subscribeToServiceStatus(input: $input) }';
const CONFIRM = 'mutation($t: String!) { confirmServiceStatusSubscription(token: $t) }';
const UNSUBSCRIBE = 'mutation($t: String!) { unsubscribeFromServiceStatus(token: $t) }';
const PUBLISH = `mutation($input: PublishServiceAnnouncementInput!) { publishServiceAnnouncement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: ServiceAnnouncementUpdateInput!) { updateServiceAnnouncement(input: $input) { ${FIELDS} } }`;
const END = `mutation($input: ServiceAnnouncementUpdateInput!) { endServiceAnnouncement(input: $input) { ${FIELDS} } }`;
const LIST = `{ serviceAnnouncements { id endsAt } }`;

type Announcement = {
  id: string;
  kind: string;
  affected: string[];
  title: { sv: string; en: string };
  startsAt: string;
  endsAt: string | null;
  updates: { text: { sv: string; en: string }; at: string }[];
};
type Status = { serviceStatus: { current: Announcement[]; upcoming: Announcement[] } };
type Result<T> = { data?: T | null; errors?: { extensions?: Record<string, unknown> }[] };

let h: Harness;
let admin: Browser;
let clinicAdmin: Browser;
let citizen: Browser;
let visitor: Browser;

const code = (r: Result<unknown>) => r.errors?.[0]?.extensions?.code;
const HOUR = 3_600_000;

/** Sends what the outbox holds and answers the mails caught since the last call. */
async function deliveredMails(): Promise<CaughtMail[]> {
  h.mail.clear();
  await h.notifications.drain();
  return h.mail.mails();
}

const tokenIn = (mail: CaughtMail, path: 'confirm' | 'unsubscribe'): string => {
  const match = new RegExp(`/citizen/driftstatus/${path}\\?token=([\\w-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in the mail`);
  return match[1];
};

async function subscribe(email: string, language: 'sv' | 'en' = 'sv') {
  return visitor.graphql<{ subscribeToServiceStatus: boolean }>(SUBSCRIBE, {
    input: { email, language },
  });
}

/** Subscribes and confirms by the mail's link; answers the unsubscribe token. */
async function confirmedSubscriber(email: string, language: 'sv' | 'en' = 'sv'): Promise<string> {
  expect((await subscribe(email, language)).errors).toBeUndefined();
  const [mail] = (await deliveredMails()).filter((m) => m.to.includes(email));
  if (!mail) throw new Error('no confirmation mail');
  expect((await visitor.graphql(CONFIRM, { t: tokenIn(mail, 'confirm') })).errors).toBeUndefined();
  return tokenIn(mail, 'unsubscribe');
}

const disturbance = (over: Record<string, unknown> = {}) => ({
  kind: 'DISTURBANCE',
  affected: ['CITIZEN', 'NOTIFICATIONS'],
  titleSv: 'Inloggningen krånglar',
  titleEn: 'Login trouble',
  bodySv: 'Vi felsöker inloggningen.',
  bodyEn: 'We are looking into the login.',
  startsAt: new Date(h.clock.now().getTime() - HOUR).toISOString(),
  endsAt: null,
  ...over,
});

async function publish(input: Record<string, unknown>): Promise<Announcement> {
  const r = await admin.graphql<{ publishServiceAnnouncement: Announcement }>(PUBLISH, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.publishServiceAnnouncement;
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  const clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const serviceAdmin = await createStaff(h.prisma, { assignments: [{ roles: ['SERVICE_ADMIN'] }] });
  admin = new Browser(h.baseUrl, 'staff');
  await admin.login(serviceAdmin.hsaId);
  const clinicAdminMember = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CLINIC_ADMIN'] }],
  });
  clinicAdmin = new Browser(h.baseUrl, 'staff');
  await clinicAdmin.login(clinicAdminMember.hsaId);
  const person = await createPerson(h.prisma, { birthDate: '1980-04-04' });
  citizen = new Browser(h.baseUrl, 'citizen');
  await citizen.login(person.identityNumber);
});

beforeEach(async () => {
  // Each test publishes into an empty status and an empty subscriber list.
  await h.notifications.drain();
  await h.prisma.serviceStatusSubscription.deleteMany();
  visitor = new Browser(h.baseUrl, 'citizen');
});

afterAll(async () => {
  await h.close();
});

describe('the public status', () => {
  it('answers without a login: current ones (disturbances first) and upcoming ones', async () => {
    const maintenanceNow = await publish(
      disturbance({ kind: 'MAINTENANCE', titleSv: 'Underhåll pågår', titleEn: 'Maintenance on' }),
    );
    const now = await publish(disturbance());
    const soon = await publish(
      disturbance({
        kind: 'MAINTENANCE',
        affected: ['STAFF'],
        startsAt: new Date(h.clock.now().getTime() + 24 * HOUR).toISOString(),
        endsAt: new Date(h.clock.now().getTime() + 26 * HOUR).toISOString(),
      }),
    );
    const r = await visitor.graphql<Status>(STATUS);
    expect(r.errors).toBeUndefined();
    const ids = (list: Announcement[]) => list.map((a) => a.id);
    expect(ids(r.data!.serviceStatus.current).slice(0, 2)).toEqual([now.id, maintenanceNow.id]);
    expect(ids(r.data!.serviceStatus.upcoming)).toContain(soon.id);
    expect(r.data!.serviceStatus.current[0]).toMatchObject({
      kind: 'DISTURBANCE',
      affected: ['CITIZEN', 'NOTIFICATIONS'],
      title: { sv: 'Inloggningen krånglar', en: 'Login trouble' },
      endsAt: null,
      updates: [],
    });
    // The same on the staff endpoint, without a login too.
    const staffVisitor = new Browser(h.baseUrl, 'staff');
    expect((await staffVisitor.graphql<Status>(STATUS)).data?.serviceStatus.current).toHaveLength(
      r.data!.serviceStatus.current.length,
    );
    // Moving the clock a day on makes the maintenance current; ending takes it off.
    h.clock.set(new Date(h.clock.now().getTime() + 25 * HOUR));
    try {
      const later = await visitor.graphql<Status>(STATUS);
      expect(ids(later.data!.serviceStatus.current)).toContain(soon.id);
      expect(ids(later.data!.serviceStatus.upcoming)).not.toContain(soon.id);
    } finally {
      h.clock.set(new Date(h.clock.now().getTime() - 25 * HOUR));
    }
    for (const a of [maintenanceNow, now, soon])
      await admin.graphql(END, { input: { id: a.id, textSv: 'Klart.', textEn: 'Done.' } });
    const after = await visitor.graphql<Status>(STATUS);
    expect(after.data!.serviceStatus).toEqual({ current: [], upcoming: [] });
  });
});

describe('subscribing by e-mail', () => {
  it('mails a confirmation link in the chosen language; nothing is sent before confirming', async () => {
    expect((await subscribe('  Ada@Example.SE ', 'en')).data).toEqual({
      subscribeToServiceStatus: true,
    });
    const [confirmation] = await deliveredMails();
    expect(confirmation?.to).toEqual(['ada@example.se']);
    expect(confirmation?.subject).toBe('Confirm your subscription to service status');
    expect(confirmation?.text).toContain('/citizen/driftstatus/confirm?token=');
    expect(confirmation?.text).toContain('lang=en');
    expect(confirmation?.text).toContain('/citizen/driftstatus/unsubscribe?token=');
    // Only hashes are kept: the link's token is nowhere in the row.
    const row = await h.prisma.serviceStatusSubscription.findUniqueOrThrow({
      where: { email: 'ada@example.se' },
    });
    const token = tokenIn(confirmation!, 'confirm');
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.confirmedAt).toBeNull();

    const announcement = await publish(disturbance());
    expect(await deliveredMails()).toEqual([]);

    expect((await visitor.graphql(CONFIRM, { t: token })).data).toEqual({
      confirmServiceStatusSubscription: true,
    });
    // A second click on the same link is fine.
    expect((await visitor.graphql(CONFIRM, { t: token })).errors).toBeUndefined();
    await admin.graphql(UPDATE, {
      input: { id: announcement.id, textSv: 'Orsaken är hittad.', textEn: 'The cause is found.' },
    });
    const [update] = await deliveredMails();
    expect(update?.to).toEqual(['ada@example.se']);
    expect(update?.subject).toBe('Update: Service disruption: Login trouble');
    expect(update?.text).toContain('The cause is found.');
    expect(update?.text).toContain('/citizen/driftstatus/unsubscribe?token=');
    await admin.graphql(END, {
      input: { id: announcement.id, textSv: 'Åtgärdat.', textEn: 'Fixed.' },
    });
    await deliveredMails();
  });

  it('answers the same whether or not the address already subscribes, and sends no second mail', async () => {
    await confirmedSubscriber('bo@example.se');
    const again = await subscribe('bo@example.se');
    const fresh = await subscribe('cecilia@example.se');
    expect(again).toEqual(fresh);
    const mails = await deliveredMails();
    expect(mails.map((m) => m.to[0])).toEqual(['cecilia@example.se']);
    // Asking again at once for an unconfirmed address sends nothing more (quiet window).
    await subscribe('cecilia@example.se');
    expect(await deliveredMails()).toEqual([]);
  });

  it('refuses what is no e-mail address, and stores nothing', async () => {
    const r = await subscribe('inte en adress');
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([{ path: 'email', code: 'EMAIL_INVALID' }]);
    expect(await h.prisma.serviceStatusSubscription.count()).toBe(0);
  });

  it('refuses an unknown, mangled or week-old confirmation link with NOT_FOUND', async () => {
    expect(code(await visitor.graphql(CONFIRM, { t: 'x'.repeat(43) }))).toBe('NOT_FOUND');
    expect(code(await visitor.graphql(CONFIRM, { t: 'short' }))).toBe('NOT_FOUND');
    await subscribe('dan@example.se');
    const [mail] = await deliveredMails();
    h.clock.set(new Date(h.clock.now().getTime() + 8 * 24 * HOUR));
    try {
      expect(code(await visitor.graphql(CONFIRM, { t: tokenIn(mail!, 'confirm') }))).toBe(
        'NOT_FOUND',
      );
    } finally {
      h.clock.set(new Date(h.clock.now().getTime() - 8 * 24 * HOUR));
    }
  });

  it('ends by the link in any mail: the address is deleted, with its unsent mails', async () => {
    const token = await confirmedSubscriber('eva@example.se');
    const announcement = await publish(disturbance());
    // Queued, not sent yet, when the subscriber leaves.
    expect(
      await h.prisma.notificationOutbox.count({
        where: { status: 'PENDING', address: 'eva@example.se' },
      }),
    ).toBe(1);
    expect((await visitor.graphql(UNSUBSCRIBE, { t: token })).data).toEqual({
      unsubscribeFromServiceStatus: true,
    });
    expect(await h.prisma.serviceStatusSubscription.count()).toBe(0);
    expect(await h.prisma.notificationOutbox.count({ where: { address: 'eva@example.se' } })).toBe(
      0,
    );
    expect(await deliveredMails()).toEqual([]);
    expect(code(await visitor.graphql(UNSUBSCRIBE, { t: token }))).toBe('NOT_FOUND');
    await admin.graphql(END, { input: { id: announcement.id, textSv: 'Klart.', textEn: 'Done.' } });
  });
});

describe('publishing', () => {
  it('mails every confirmed subscriber once, in their language, and no one unconfirmed', async () => {
    await confirmedSubscriber('fia@example.se', 'sv');
    await confirmedSubscriber('gus@example.se', 'en');
    await subscribe('halvor@example.se');
    await deliveredMails();
    const announcement = await publish(disturbance());
    const mails = await deliveredMails();
    expect(mails.map((m) => [m.to[0], m.subject]).sort()).toEqual([
      ['fia@example.se', 'Driftstörning: Inloggningen krånglar'],
      ['gus@example.se', 'Service disruption: Login trouble'],
    ]);
    const ended = await admin.graphql<{ endServiceAnnouncement: Announcement }>(END, {
      input: { id: announcement.id, textSv: 'Felet är åtgärdat.', textEn: 'Fixed.' },
    });
    expect(ended.data?.endServiceAnnouncement.endsAt).toBe(h.clock.now().toISOString());
    expect(ended.data?.endServiceAnnouncement.updates.map((u) => u.text.sv)).toEqual([
      'Felet är åtgärdat.',
    ]);
    expect((await deliveredMails()).map((m) => [m.to[0], m.subject]).sort()).toEqual([
      ['fia@example.se', 'Avslutad: Driftstörning: Inloggningen krånglar'],
      ['gus@example.se', 'Ended: Service disruption: Login trouble'],
    ]);
    // Ended is ended: no more updates.
    const late = await admin.graphql(UPDATE, {
      input: { id: announcement.id, textSv: 'Till.', textEn: 'More.' },
    });
    expect(r2fields(late)).toEqual([{ path: 'id', code: 'ALREADY_ENDED' }]);
  });

  it('starts a disturbance now when no start is given', async () => {
    const a = await publish(disturbance({ startsAt: null }));
    expect(a.startsAt).toBe(h.clock.now().toISOString());
    await admin.graphql(END, { input: { id: a.id, textSv: 'Klart.', textEn: 'Done.' } });
  });

  it('refuses a text with a personnummer, an end before the start, and a future disturbance', async () => {
    const r = await admin.graphql(PUBLISH, {
      input: disturbance({
        bodySv: 'Gäller patient 19121212-1212.',
        startsAt: new Date(h.clock.now().getTime() + HOUR).toISOString(),
        endsAt: new Date(h.clock.now().getTime() + HOUR / 2).toISOString(),
      }),
    });
    expect(r2fields(r)).toEqual([
      { path: 'bodySv', code: 'PERSONAL_DATA' },
      { path: 'endsAt', code: 'NOT_AFTER_START' },
      { path: 'startsAt', code: 'DISTURBANCE_IN_FUTURE' },
    ]);
    expect(await h.prisma.serviceAnnouncement.count({ where: { endsAt: null } })).toBe(0);
  });

  it('is refused to other staff and to citizens, and nothing is published or mailed', async () => {
    await confirmedSubscriber('ivar@example.se');
    const before = await h.prisma.serviceAnnouncement.count();
    expect(code(await clinicAdmin.graphql(PUBLISH, { input: disturbance() }))).toBe('FORBIDDEN');
    expect(code(await clinicAdmin.graphql(LIST))).toBe('FORBIDDEN');
    expect(
      code(await citizen.withSurface('staff').graphql(PUBLISH, { input: disturbance() })),
    ).toBe('UNAUTHENTICATED');
    expect(code(await citizen.graphql(PUBLISH, { input: disturbance() }))).toBe('FORBIDDEN');
    expect(code(await visitor.graphql(PUBLISH, { input: disturbance() }))).toBe('UNAUTHENTICATED');
    expect(await h.prisma.serviceAnnouncement.count()).toBe(before);
    expect(await deliveredMails()).toEqual([]);
  });

  it('lists the latest for the administrator, ended ones too', async () => {
    const r = await admin.graphql<{
      serviceAnnouncements: { id: string; endsAt: string | null }[];
    }>(LIST);
    expect(r.errors).toBeUndefined();
    expect(r.data!.serviceAnnouncements.length).toBe(await h.prisma.serviceAnnouncement.count());
  });
});

describe('database integrity', () => {
  it('refuses an end before the start and an announcement that affects nothing', async () => {
    const base = {
      kind: 'MAINTENANCE' as const,
      titleSv: 't',
      titleEn: 't',
      bodySv: 'b',
      bodyEn: 'b',
      startsAt: new Date('2026-12-10T10:00:00Z'),
      publishedAt: new Date('2026-12-01T10:00:00Z'),
      createdByStaffId: (await h.prisma.staffMember.findFirstOrThrow()).id,
    };
    await expect(
      h.prisma.serviceAnnouncement.create({
        data: {
          ...base,
          id: crypto.randomUUID(),
          affected: ['CITIZEN'],
          endsAt: new Date('2026-12-10T09:00:00Z'),
        },
      }),
    ).rejects.toThrow();
    await expect(
      h.prisma.serviceAnnouncement.create({
        data: { ...base, id: crypto.randomUUID(), affected: [], endsAt: null },
      }),
    ).rejects.toThrow();
  });
});

function r2fields(r: Result<unknown>): unknown {
  return r.errors?.[0]?.extensions?.fields;
}
