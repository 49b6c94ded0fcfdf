import { type StaffViewer } from '../identity/use-staff-viewer.ts';

export type AdminAccess = {
  clinicAdmin: boolean;
  regionAdmin: boolean;
  serviceAdmin: boolean;
  /** The admin action log: the clinic's administrators and auditors, the region's administrator. */
  adminLog: boolean;
  /** Statistics: the API decides the scope (the clinic, the region's clinics or all). */
  statistics: boolean;
};

type Permissions = Pick<
  StaffViewer,
  'mayAdministerClinic' | 'mayAdministerRegion' | 'mayAdministerService' | 'mayAudit'
>;

/**
 * Which administration pages to offer for the chosen workplace, from the booleans the API
 * computes for it (never from role names): the API decides every operation and refuses the rest.
 */
export function adminAccess(viewer: Permissions | null): AdminAccess {
  return {
    clinicAdmin: viewer?.mayAdministerClinic ?? false,
    regionAdmin: viewer?.mayAdministerRegion ?? false,
    serviceAdmin: viewer?.mayAdministerService ?? false,
    adminLog:
      (viewer?.mayAdministerClinic ?? false) ||
      (viewer?.mayAdministerRegion ?? false) ||
      (viewer?.mayAudit ?? false),
    statistics:
      (viewer?.mayAdministerClinic ?? false) ||
      (viewer?.mayAdministerRegion ?? false) ||
      (viewer?.mayAdministerService ?? false),
  };
}
