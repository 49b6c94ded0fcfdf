import { SPA_PATHS } from '@etj/spa';

/** Client routes of the staff SPA (paths below the /staff base). */
export const PATHS = {
  ...SPA_PATHS,
  chooseUnit: '/choose-unit',
  clinicCaseTypes: '/admin/case-types',
  clinicCaseType: '/admin/case-types/:caseTypeId',
  regionOffering: '/admin/region-offering',
  customCaseTypes: '/admin/custom-case-types',
  customCaseType: '/admin/custom-case-types/:caseTypeId',
  standardAnswers: '/admin/standard-answers',
  clinicRoles: '/admin/roles',
  adminLog: '/admin/log',
  caseQueue: '/queue',
  myCases: '/my-cases',
  staffCase: '/cases/:caseId',
  accessLog: '/access-log',
  alertSettings: '/settings/alerts',
  support: '/support',
  supportReport: '/support/reports/:reportId',
  supportQueue: '/admin/support',
  serviceStatus: '/admin/service-status',
  statistics: '/admin/statistics',
} as const;

/** The settings page of one case type at the administrator's clinic. */
export const clinicCaseTypePath = (caseTypeId: string) =>
  PATHS.clinicCaseType.replace(':caseTypeId', encodeURIComponent(caseTypeId));

/** The builder of one of the clinic's own case types. */
export const customCaseTypePath = (caseTypeId: string) =>
  PATHS.customCaseType.replace(':caseTypeId', encodeURIComponent(caseTypeId));

/** One case, as a receiver or caregiver handles it. */
export const staffCasePath = (caseId: string) =>
  PATHS.staffCase.replace(':caseId', encodeURIComponent(caseId));

/** One support report, for its reporter or the service administration. */
export const supportReportPath = (reportId: string) =>
  PATHS.supportReport.replace(':reportId', encodeURIComponent(reportId));
