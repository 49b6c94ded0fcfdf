import type { Clock } from '../common/clock.ts';
import { badInput } from '../common/errors.ts';
import { actingParties } from '../identity/citizen-subject.ts';
import type { CitizenActor } from '../identity/actor.ts';
import type { NotificationSettingsRepository } from './notification-settings.repository.ts';
import { cleanSettings } from './notification-settings.rules.ts';
import type {
  NotificationSettings,
  SaveNotificationSettingsInput,
} from './notification-settings.types.ts';

/** The subject's notification addresses: my own, or the child's in proxy mode. */
export class NotificationSettingsService {
  constructor(
    private readonly repository: NotificationSettingsRepository,
    private readonly clock: Clock,
  ) {}

  async get(actor: CitizenActor): Promise<NotificationSettings> {
    const { subjectPersonId } = actingParties(actor);
    const row = await this.repository.find(subjectPersonId);
    return {
      personId: subjectPersonId,
      email: row?.email ?? null,
      mobile: row?.mobile ?? null,
      notifyByEmail: row?.notifyByEmail ?? false,
      notifyBySms: row?.notifyBySms ?? false,
      locale: row?.locale ?? 'sv',
      updatedAt: row?.updatedAt ?? null,
    };
  }

  /** Saves them; who saved (the guardian in proxy mode) is recorded with them. */
  async save(
    actor: CitizenActor,
    input: SaveNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    const clean = cleanSettings(input);
    if (!clean.ok) throw badInput(clean.problems);
    const { actorPersonId, subjectPersonId } = actingParties(actor);
    const row = await this.repository.save(
      subjectPersonId,
      clean.value,
      actorPersonId,
      this.clock.now(),
    );
    return { personId: subjectPersonId, ...row };
  }
}
