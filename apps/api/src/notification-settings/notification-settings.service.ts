import type { CitizenActor } from '../identity/actor.ts';
import type {
  NotificationSettings,
  SaveNotificationSettingsInput,
} from './notification-settings.types.ts';

// Contract placeholder: being implemented in this change.
export class NotificationSettingsService {
  get(_actor: CitizenActor): Promise<NotificationSettings> {
    throw new Error('unimplemented');
  }
  save(_actor: CitizenActor, _input: SaveNotificationSettingsInput): Promise<NotificationSettings> {
    throw new Error('unimplemented');
  }
}
