import { describe, expect, it } from 'vitest';
import { announcementMail, confirmationMail, pageUrl } from './service-status.mail.ts';
import type { AnnouncementRow } from './service-status.repository.ts';
import { isWellFormedToken, linkKeyFrom, linkToken, tokenHash } from './service-status.tokens.ts';

const announcement: AnnouncementRow = {
  id: 'a1',
  kind: 'DISTURBANCE',
  affected: ['CITIZEN', 'NOTIFICATIONS'],
  titleSv: 'Inloggningen fungerar inte',
  titleEn: 'Login does not work',
  bodySv: 'Vi felsöker.',
  bodyEn: 'We are investigating.',
  startsAt: new Date('2026-12-03T09:00:00Z'),
  endsAt: null,
  publishedAt: new Date('2026-12-03T09:05:00Z'),
  updates: [
    {
      id: 'u1',
      textSv: 'Orsaken är hittad.',
      textEn: 'The cause is found.',
      at: new Date('2026-12-03T09:30:00Z'),
    },
  ],
};
const links = { page: 'https://e.example/citizen/driftstatus', unsubscribe: 'https://e.example/u' };

describe('driftstatus mails', () => {
  it('write the announcement in Swedish with Stockholm times and the unsubscribe link', () => {
    const mail = announcementMail('sv', announcement, null, links);
    expect(mail?.subject).toBe('Driftstörning: Inloggningen fungerar inte');
    expect(mail?.text).toContain('Från 3 december 2026 kl. 10:00');
    expect(mail?.text).toContain('Till tills vidare');
    expect(mail?.text).toContain('Berörs: invånartjänsten, aviseringar');
    expect(mail?.text).toContain(`Avsluta prenumerationen: ${links.unsubscribe}`);
    expect(mail?.html).toContain(`<a href="${links.unsubscribe}">`);
  });

  it('put an update first, in English for an English subscriber', () => {
    const mail = announcementMail('en', announcement, 'u1', links);
    expect(mail?.subject).toBe('Update: Service disruption: Login does not work');
    expect(
      mail?.text.startsWith('Latest update (3 December 2026 at 10:30):\nThe cause is found.'),
    ).toBe(true);
  });

  it('call the closing words of an ending what they are', () => {
    const ended = { ...announcement, endsAt: new Date('2026-12-03T09:30:00Z') };
    expect(announcementMail('sv', ended, 'u1', links)?.subject).toBe(
      'Avslutad: Driftstörning: Inloggningen fungerar inte',
    );
  });

  it('render nothing for an update that is not the announcement’s', () => {
    expect(announcementMail('sv', announcement, 'other', links)).toBeNull();
  });

  it('carry the confirm and unsubscribe links in the confirmation mail, escaped in HTML', () => {
    const mail = confirmationMail('sv', {
      confirm: 'https://e.example/c?token=x&lang=en',
      unsubscribe: links.unsubscribe,
    });
    expect(mail.text).toContain('https://e.example/c?token=x&lang=en');
    expect(mail.html).toContain('href="https://e.example/c?token=x&amp;lang=en"');
  });

  it('link to the citizen SPA with the token, and the language only for English', () => {
    expect(pageUrl('https://e.example/', '/driftstatus/confirm', 'sv', 'tok')).toBe(
      'https://e.example/citizen/driftstatus/confirm?token=tok',
    );
    expect(pageUrl('https://e.example', '/driftstatus', 'en')).toBe(
      'https://e.example/citizen/driftstatus?lang=en',
    );
  });
});

describe('link tokens', () => {
  const key = linkKeyFrom('a-server-secret-that-is-long-enough-for-tests');

  it('are the same for the same row and salt, and differ by purpose, salt and key', () => {
    const token = linkToken(key, 'confirm', 'id', 'salt');
    expect(isWellFormedToken(token)).toBe(true);
    expect(linkToken(key, 'confirm', 'id', 'salt')).toBe(token);
    expect(linkToken(key, 'unsubscribe', 'id', 'salt')).not.toBe(token);
    expect(linkToken(key, 'confirm', 'id', 'salt2')).not.toBe(token);
    expect(
      linkToken(linkKeyFrom('another-secret-that-is-long-enough'), 'confirm', 'id', 'salt'),
    ).not.toBe(token);
  });

  it('are stored only as a hash that is not the token', () => {
    const token = linkToken(key, 'confirm', 'id', 'salt');
    expect(tokenHash(token)).not.toBe(token);
    expect(tokenHash(token)).toBe(tokenHash(token));
  });
});
