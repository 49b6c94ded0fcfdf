import DataLoader from 'dataloader';
import type { StaffLookupRepository, StaffRefRow } from './staff-lookup.repository.ts';

/**
 * What one request handles: its id (written to the access log) and, as an object, the key its
 * loaders are kept under. The resolver passes the request context itself, so the loaders live
 * exactly as long as the request without the identity feature knowing about them.
 */
export type RequestScope = { readonly requestId: string };

/** Per-request batch loaders for what the main queries do not join: the staff members who wrote
 * messages and notes. */
export class CaseHandlingLoaders {
  readonly staff: DataLoader<string, StaffRefRow | null>;

  constructor(repository: StaffLookupRepository) {
    this.staff = new DataLoader(async (ids) => byId(ids, await repository.staffByIds(ids)));
  }
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Hands out one set of loaders per request scope. */
export class LoaderScopes {
  private readonly scopes = new WeakMap<RequestScope, CaseHandlingLoaders>();

  constructor(private readonly repository: StaffLookupRepository) {}

  of(scope: RequestScope): CaseHandlingLoaders {
    let loaders = this.scopes.get(scope);
    if (!loaders) {
      loaders = new CaseHandlingLoaders(this.repository);
      this.scopes.set(scope, loaders);
    }
    return loaders;
  }
}
