import type { StaffActor } from '../identity/actor.ts';
import type { AccessLogFilter, AccessLogPage } from './access-log.types.ts';

// Contract placeholder: being implemented in this change.
export class AccessLogService {
  search(
    _actor: StaffActor,
    _filter: AccessLogFilter,
    _first: number,
    _after: string | null,
  ): Promise<AccessLogPage> {
    throw new Error('unimplemented');
  }
}
