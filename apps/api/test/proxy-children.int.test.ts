// Proxy mode (DOMAIN.md section 6): guardians add their children under 13, and guardianship is
// checked against the register again at every login and on every request.
import { describe, expect, it } from 'vitest';
import {
  ACT,
  ADD,
  CHILDREN,
  citizen,
  code,
  custody,
  family,
  h,
  ME,
  person,
  pnr,
  REMOVE,
  useProxyHarness,
} from './support/proxy.ts';

useProxyHarness();

describe('adding a child', () => {
  it('gives one and the same refusal whatever the reason, and links nothing', async () => {
    const guardian = await person('1985-09-23', 'Sara', 'Ekström');
    const browser = await citizen(guardian);
    const stranger = await person('2019-02-02', 'Främ', 'Lingsson');
    const teenager = await person('2012-05-05', 'Tove', 'Ekström');
    await custody(guardian, teenager);
    const hidden = await person('2019-06-06', 'Dold', 'Ekström', { protectedIdentity: true });
    await custody(guardian, hidden);
    const former = await person('2017-07-07', 'Före', 'Detta');
    await custody(guardian, former, { validTo: '2025-12-31' });
    const deceased = await person('2020-08-08', 'Minne', 'Ekström', { deceasedOn: '2026-01-01' });
    await custody(guardian, deceased);
    const protectedGuardian = await person('1980-01-01', 'Skyddad', 'Förälder', {
      protectedIdentity: true,
    });
    const open = await person('2018-01-01', 'Öppen', 'Förälder');
    await custody(protectedGuardian, open);
    const unknown = pnr('2019-03-03');

    const refusals = [
      await browser.graphql(ADD, { input: { personnummer: stranger.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: teenager.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: hidden.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: former.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: deceased.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: guardian.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: unknown } }),
      await (
        await citizen(protectedGuardian)
      ).graphql(ADD, { input: { personnummer: open.identityNumber } }),
    ];
    const expected = {
      data: null,
      errors: [
        {
          message: 'BAD_USER_INPUT',
          path: ['addProxyChild'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'personnummer', code: 'PROXY_NOT_POSSIBLE' }],
          },
        },
      ],
    };
    for (const refusal of refusals) expect(refusal).toEqual(expected);
    expect(
      await h.prisma.proxyLink.count({
        where: { guardianPersonId: { in: [guardian.id, protectedGuardian.id] } },
      }),
    ).toBe(0);
  });

  it('refuses a malformed number as a format problem', async () => {
    const browser = await citizen(await person('1985-01-01', 'Anna', 'Form'));
    const valid = pnr('2019-03-03');
    const wrongCheckDigit = `${valid.slice(0, 11)}${String((Number(valid.slice(11)) + 1) % 10)}`;
    const result = await browser.graphql(ADD, { input: { personnummer: wrongCheckDigit } });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'personnummer', code: 'INVALID_FORMAT' }],
    });
  });

  it('lets both guardians in joint custody add the child, in any written form, once each', async () => {
    const sara = await person('1985-09-23', 'Sara', 'Ekström');
    const jonas = await person('1983-02-08', 'Jonas', 'Ekström', { male: true });
    const ella = await person('2014-01-10', 'Ella', 'Ekström');
    await custody(sara, ella);
    await custody(jonas, ella);
    const saraBrowser = await citizen(sara);
    const jonasBrowser = await citizen(jonas);
    const dashed = `${ella.identityNumber.slice(0, 8)}-${ella.identityNumber.slice(8)}`;
    const first = await saraBrowser.graphql(ADD, { input: { personnummer: dashed } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.addProxyChild).toEqual({
      personId: ella.id,
      givenName: 'Ella',
      familyName: 'Ekström',
      personnummer: dashed,
      birthDate: '2014-01-10',
      proxyEndsOn: '2027-01-10',
    });
    expect(
      (await saraBrowser.graphql(ADD, { input: { personnummer: ella.identityNumber.slice(2) } }))
        .errors,
    ).toBeUndefined();
    expect(
      (await jonasBrowser.graphql(ADD, { input: { personnummer: ella.identityNumber } })).errors,
    ).toBeUndefined();
    expect(
      await h.prisma.proxyLink.count({ where: { childPersonId: ella.id, endedAt: null } }),
    ).toBe(2);
    for (const browser of [saraBrowser, jonasBrowser]) {
      const list = await browser.graphql<{ myProxyChildren: { personId: string }[] }>(CHILDREN);
      expect(list.data?.myProxyChildren.map((c) => c.personId)).toEqual([ella.id]);
    }
  });

  it('works for a child who has never logged in, and for a newborn without a name', async () => {
    const emma = await person('1994-01-19', 'Emma', 'Wikström');
    const newborn = await person('2026-11-01', null, 'Wikström');
    await custody(emma, newborn, { custody: 'JOINT', validFrom: '2026-11-01' });
    const browser = await citizen(emma);
    const added = await browser.graphql(ADD, { input: { personnummer: newborn.identityNumber } });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addProxyChild).toMatchObject({ personId: newborn.id, givenName: null });
    expect(await h.prisma.citizenAccount.count({ where: { personId: newborn.id } })).toBe(0);
    const acting = await browser.graphql(ACT, { personId: newborn.id });
    expect(acting.data?.actForChild).toEqual({
      id: emma.id,
      actingFor: { personId: newborn.id, givenName: null },
    });
  });

  it('removing a child ends the link and leaves proxy mode', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    expect((await browser.graphql(REMOVE, { personId: child.id })).data).toEqual({
      removeProxyChild: true,
    });
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    expect((await browser.graphql(CHILDREN)).data).toEqual({ myProxyChildren: [] });
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('REMOVED_BY_GUARDIAN');
    expect(code(await browser.graphql(REMOVE, { personId: child.id }))).toBe('NOT_FOUND');
  });
});

describe('guardianship is checked again on every request and at login', () => {
  it('protection appearing ends the link at the next request; the session acts for the guardian', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    await h.prisma.person.update({ where: { id: child.id }, data: { protectedIdentity: true } });
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('PROTECTED_IDENTITY');
    expect((await browser.graphql(CHILDREN)).data).toEqual({ myProxyChildren: [] });
    expect(code(await browser.graphql(ACT, { personId: child.id }))).toBe('NOT_FOUND');
  });

  it('protection of the guardian ends the links at the next login', async () => {
    const { guardian, child } = await family();
    await h.prisma.person.update({ where: { id: guardian.id }, data: { protectedIdentity: true } });
    await citizen(guardian);
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('PROTECTED_IDENTITY');
  });

  it('custody ending ends the link at the next request and at login', async () => {
    const first = await family();
    await first.browser.graphql(ACT, { personId: first.child.id });
    await h.prisma.guardianship.updateMany({
      where: { childId: first.child.id },
      data: { validTo: new Date('2026-11-24T00:00:00Z') },
    });
    expect((await first.browser.graphql(ME)).data).toMatchObject({
      citizenMe: { actingFor: null },
    });
    const ended = await h.prisma.proxyLink.findFirstOrThrow({
      where: { childPersonId: first.child.id },
    });
    expect(ended.endedReason).toBe('GUARDIANSHIP_ENDED');

    const second = await family();
    await h.prisma.guardianship.updateMany({
      where: { childId: second.child.id },
      data: { validTo: new Date('2026-11-24T00:00:00Z') },
    });
    await citizen(second.guardian);
    const atLogin = await h.prisma.proxyLink.findFirstOrThrow({
      where: { childPersonId: second.child.id },
    });
    expect(atLogin.endedReason).toBe('GUARDIANSHIP_ENDED');
  });

  it('custody gone from the register altogether ends the link too', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    await h.prisma.guardianship.deleteMany({ where: { childId: child.id } });
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('GUARDIANSHIP_ENDED');
  });

  it('a child turning 13 leaves the list at once; the ongoing proxy session falls back to the guardian', async () => {
    // 23:50 in Stockholm the evening before the 13th birthday.
    h.clock.freeze(new Date('2026-11-26T22:50:00Z'));
    const { child, browser } = await family('2013-11-27');
    expect((await browser.graphql(ACT, { personId: child.id })).data).toMatchObject({
      actForChild: { actingFor: { personId: child.id } },
    });
    // 00:05 in Stockholm on the birthday (23:05 UTC the day before): the same session.
    h.clock.freeze(new Date('2026-11-26T23:05:00Z'));
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    expect((await browser.graphql(CHILDREN)).data).toEqual({ myProxyChildren: [] });
    expect(code(await browser.graphql(ACT, { personId: child.id }))).toBe('NOT_FOUND');
    expect(
      code(await browser.graphql(ADD, { input: { personnummer: child.identityNumber } })),
    ).toBe('BAD_USER_INPUT');
  });

  it('the day before the 13th birthday the guardian still acts', async () => {
    h.clock.freeze(new Date('2026-11-26T22:59:00Z'));
    const { child, browser } = await family('2013-11-27');
    const acting = await browser.graphql(ACT, { personId: child.id });
    expect(acting.data).toMatchObject({ actForChild: { actingFor: { personId: child.id } } });
    expect((await browser.graphql(ME)).data).toMatchObject({
      citizenMe: { actingFor: { personId: child.id, proxyEndsOn: '2026-11-27' } },
    });
  });
});
