import 'reflect-metadata';
import {
  GraphQLScalarType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type ContainerType } from 'type-graphql';
import { acceptOnlyUuidIds } from './common/uuid-id.ts';
import { authChecker, denyUnmarkedRootFields, requireAcceptedTerms } from './identity/access.ts';
import { AccessLogResolver } from './access-log/access-log.resolver.ts';
import { CitizenAccessLogResolver } from './access-log/citizen-access-log.resolver.ts';
import { AttachmentResolver } from './attachments/attachment.resolver.ts';
import { CaseFormResolver } from './case-forms/case-form.resolver.ts';
import { CaseHandlingResolver } from './case-handling/case-handling.resolver.ts';
import { CaseResolver } from './cases/case.resolver.ts';
import { CaseTypeAdminResolver } from './case-type-admin/case-type-admin.resolver.ts';
import { CustomCaseTypeResolver } from './case-type-admin/custom-case-type.resolver.ts';
import { ClinicResolver } from './clinics/clinic.resolver.ts';
import { InboxResolver } from './inbox/inbox.resolver.ts';
import { NotificationSettingsResolver } from './notification-settings/notification-settings.resolver.ts';
import { PresenceResolver } from './presence/presence.resolver.ts';
import { ProxyResolver } from './proxy/proxy.resolver.ts';
import { StaffAlertResolver } from './staff-alerts/staff-alert.resolver.ts';
import { ServiceStatusResolver } from './service-status/service-status.resolver.ts';
import { StandardAnswerResolver } from './standard-answers/standard-answers.resolver.ts';
import { SupportResolver } from './support/support.resolver.ts';
import { AdminLogResolver } from './admin-log/admin-log.resolver.ts';
import { ClinicRolesResolver } from './clinic-roles/clinic-roles.resolver.ts';
import { StatisticsResolver } from './statistics/statistics.resolver.ts';
import { ViewerResolver } from './identity/viewer.resolver.ts';

/** Every resolver class of the API. */
export const RESOLVERS = [
  ViewerResolver,
  ClinicResolver,
  CaseFormResolver,
  CaseTypeAdminResolver,
  CustomCaseTypeResolver,
  CaseResolver,
  AttachmentResolver,
  CaseHandlingResolver,
  PresenceResolver,
  InboxResolver,
  AccessLogResolver,
  CitizenAccessLogResolver,
  ProxyResolver,
  NotificationSettingsResolver,
  StaffAlertResolver,
  StandardAnswerResolver,
  SupportResolver,
  ClinicRolesResolver,
  AdminLogResolver,
  StatisticsResolver,
  ServiceStatusResolver,
] as const;

const DateTime = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), name: 'DateTime' });

/** Builds the executable schema; `container` supplies the resolver instances with their services. */
export async function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    validate: { forbidUnknownValues: true },
    container,
  });
  // Not a global middleware: type-graphql would wrap every field of every object in it.
  return acceptOnlyUuidIds(requireAcceptedTerms(denyUnmarkedRootFields(schema)));
}

/** The committed contract: the schema printed with types and fields sorted. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
