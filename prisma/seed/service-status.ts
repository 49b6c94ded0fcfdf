// Driftstatus in the demo: a disturbance that was, with its updates, and maintenance planned
// beyond the week the banner looks ahead, so the public page has something to show and no page
// carries a banner. Published by the national service administrator (Elin Karlsson).
import type { ServiceAnnouncement, ServiceAnnouncementUpdate } from '../src/index.ts';
import { stockholmInstant } from './dates.ts';
import { addDays, type CalendarDate } from './domain.ts';
import { seedId } from './ids.ts';

export type ServiceStatusRows = {
  serviceAnnouncements: ServiceAnnouncement[];
  serviceAnnouncementUpdates: ServiceAnnouncementUpdate[];
};

const PUBLISHER = seedId('staff:service-admin');

/** The demo's announcements and updates, from `today` alone. */
export function buildServiceStatus(today: CalendarDate): ServiceStatusRows {
  const past = addDays(today, -40);
  const planned = addDays(today, 12);
  const disturbance = seedId('service-announcement:past-login');
  const maintenance = seedId('service-announcement:planned-upgrade');
  return {
    serviceAnnouncements: [
      {
        id: disturbance,
        kind: 'DISTURBANCE',
        affected: ['CITIZEN'],
        titleSv: 'Inloggningen fungerade inte för alla',
        titleEn: 'Login did not work for everyone',
        bodySv:
          'En del invånare kunde inte logga in med e-legitimation. Vi felsökte tillsammans med leverantören.',
        bodyEn:
          'Some residents could not log in with e-identification. We investigated with the supplier.',
        startsAt: stockholmInstant(past, '08:10'),
        endsAt: stockholmInstant(past, '09:25'),
        publishedAt: stockholmInstant(past, '08:20'),
        createdByStaffId: PUBLISHER,
      },
      {
        id: maintenance,
        kind: 'MAINTENANCE',
        affected: ['CITIZEN', 'STAFF', 'NOTIFICATIONS'],
        titleSv: 'Uppgradering av e-tjänsterna',
        titleEn: 'Upgrade of the e-services',
        bodySv:
          'E-tjänsterna är stängda under uppgraderingen. Ärenden som har skickats påverkas inte.',
        bodyEn:
          'The e-services are closed during the upgrade. Cases already sent are not affected.',
        startsAt: stockholmInstant(planned, '20:00'),
        endsAt: stockholmInstant(planned, '22:00'),
        publishedAt: stockholmInstant(addDays(today, -1), '10:00'),
        createdByStaffId: PUBLISHER,
      },
    ],
    serviceAnnouncementUpdates: [
      {
        id: seedId('service-announcement-update:past-login:1'),
        announcementId: disturbance,
        textSv: 'Orsaken är hittad hos leverantören av e-legitimation.',
        textEn: 'The cause is found at the e-identification supplier.',
        at: stockholmInstant(past, '08:55'),
        createdByStaffId: PUBLISHER,
      },
      {
        id: seedId('service-announcement-update:past-login:2'),
        announcementId: disturbance,
        textSv: 'Felet är åtgärdat. Alla kan logga in igen.',
        textEn: 'The fault is fixed. Everyone can log in again.',
        at: stockholmInstant(past, '09:25'),
        createdByStaffId: PUBLISHER,
      },
    ],
  };
}
