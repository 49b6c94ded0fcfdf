import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { PrismaClient } from '@etj/db';
import type { AppConfig } from './config.ts';
import type { AppSurface } from './common/app-surface.ts';
import type { AdjustableClock } from './common/clock.ts';
import { finalErrorHandler } from './http/error-handler.ts';
import { graphqlBody } from './http/graphql-body.ts';
import { useHttpBasics } from './http/http-basics.ts';
import { rejectMalformedUrls } from './http/request-shape.ts';
import { landingPage, serveSpa } from './http/spa-routes.ts';
import { faviconRoutes } from './http/favicon.ts';
import { databaseUnavailableHandler, withAvailability } from './availability/availability.ts';
import { LocalHsaCatalog } from './adapters/hsa-catalog/hsa-catalog.repository.ts';
import { LocalPopulationRegister } from './adapters/population-register/population-register.repository.ts';
import type { EIdentificationProvider } from './adapters/e-identification/e-identification.ts';
import {
  createLocalTestIdentityProvider,
  type TestPersona,
} from './adapters/e-identification/local-test-idp.ts';
import { authRoutes } from './identity/auth.routes.ts';
import { readSessionCookie } from './identity/session.cookies.ts';
import { createContextFactory } from './identity/context.ts';
import { LoginService } from './identity/login.service.ts';
import { LoginStateSigner } from './identity/login-state.ts';
import { LoginTransactionRepository } from './identity/login-transaction.repository.ts';
import { SessionRepository } from './identity/session.repository.ts';
import { SessionService } from './identity/session.service.ts';
import { ViewerResolver } from './identity/viewer.resolver.ts';
import { ViewerService } from './identity/viewer.service.ts';
import { AccessLogRepository } from './access-log/access-log.repository.ts';
import { AccessLogResolver } from './access-log/access-log.resolver.ts';
import { AccessLogService } from './access-log/access-log.service.ts';
import { CitizenAccessLogRepository } from './access-log/citizen-access-log.repository.ts';
import { CitizenAccessLogResolver } from './access-log/citizen-access-log.resolver.ts';
import { citizenAccessLogRoutes } from './access-log/citizen-access-log.routes.ts';
import { CitizenAccessLogService } from './access-log/citizen-access-log.service.ts';
import { AttachmentRepository } from './attachments/attachment.repository.ts';
import { AttachmentResolver } from './attachments/attachment.resolver.ts';
import { MAX_ATTACHMENT_BYTES } from './attachments/attachment-file.ts';
import { attachmentRoutes } from './attachments/attachment.routes.ts';
import { AttachmentService } from './attachments/attachment.service.ts';
import { CaseHandlingRepository } from './case-handling/case-handling.repository.ts';
import { CaseHandlingResolver } from './case-handling/case-handling.resolver.ts';
import { CaseHandlingService } from './case-handling/case-handling.service.ts';
import { InboxRepository } from './inbox/inbox.repository.ts';
import { InboxResolver } from './inbox/inbox.resolver.ts';
import { InboxService } from './inbox/inbox.service.ts';
import { NotificationSettingsResolver } from './notification-settings/notification-settings.resolver.ts';
import { NotificationSettingsService } from './notification-settings/notification-settings.service.ts';
import { PresenceRepository } from './presence/presence.repository.ts';
import { PresenceResolver } from './presence/presence.resolver.ts';
import { PresenceService } from './presence/presence.service.ts';
import { StaffAlertRepository } from './staff-alerts/staff-alert.repository.ts';
import { StaffAlertResolver } from './staff-alerts/staff-alert.resolver.ts';
import { StaffAlertService } from './staff-alerts/staff-alert.service.ts';
import { ProxyActionLogRepository } from './proxy/proxy-action-log.repository.ts';
import { ProxyResolver } from './proxy/proxy.resolver.ts';
import { ProxyService } from './proxy/proxy.service.ts';
import { ProxyAccess } from './proxy-access/proxy-access.ts';
import { ProxyRepository } from './proxy-access/proxy.repository.ts';
import { NotificationSettingsRepository } from './notification-settings/notification-settings.repository.ts';
import { CaseFormRepository } from './case-forms/case-form.repository.ts';
import { CaseFormResolver } from './case-forms/case-form.resolver.ts';
import { CaseFormService } from './case-forms/case-form.service.ts';
import { CaseTypeAdminRepository } from './case-type-admin/case-type-admin.repository.ts';
import { CaseTypeAdminResolver } from './case-type-admin/case-type-admin.resolver.ts';
import { CaseTypeAdminService } from './case-type-admin/case-type-admin.service.ts';
import { CustomCaseTypeRepository } from './case-type-admin/custom-case-type.repository.ts';
import { CustomCaseTypeResolver } from './case-type-admin/custom-case-type.resolver.ts';
import { CustomCaseTypeService } from './case-type-admin/custom-case-type.service.ts';
import { StandardAnswerRepository } from './standard-answers/standard-answers.repository.ts';
import { StandardAnswerResolver } from './standard-answers/standard-answers.resolver.ts';
import { StandardAnswerService } from './standard-answers/standard-answers.service.ts';
import { DEFAULT_SUPPORT_CONTACT } from './support/support-contact.ts';
import { SupportRepository } from './support/support.repository.ts';
import { SupportResolver } from './support/support.resolver.ts';
import { MAX_SCREENSHOT_BASE64_LENGTH } from './support/support.rules.ts';
import { supportRoutes } from './support/support.routes.ts';
import { SupportService } from './support/support.service.ts';
import { AdminLogRepository } from './admin-log/admin-log.repository.ts';
import { AdminLogResolver } from './admin-log/admin-log.resolver.ts';
import { AdminLogService } from './admin-log/admin-log.service.ts';
import { ClinicRolesRepository } from './clinic-roles/clinic-roles.repository.ts';
import { ClinicRolesResolver } from './clinic-roles/clinic-roles.resolver.ts';
import { ClinicRolesService } from './clinic-roles/clinic-roles.service.ts';
import { StatisticsRepository } from './statistics/statistics.repository.ts';
import { StatisticsResolver } from './statistics/statistics.resolver.ts';
import { StatisticsService } from './statistics/statistics.service.ts';
import { ServiceStatusRepository } from './service-status/service-status.repository.ts';
import { ServiceStatusResolver } from './service-status/service-status.resolver.ts';
import { ServiceStatusService } from './service-status/service-status.service.ts';
import { linkKeyFrom } from './service-status/service-status.tokens.ts';
import { CaseRepository } from './cases/case.repository.ts';
import { CaseResolver } from './cases/case.resolver.ts';
import { CaseService } from './cases/case.service.ts';
import { ClinicRepository } from './clinics/clinic.repository.ts';
import { ClinicResolver } from './clinics/clinic.resolver.ts';
import { ClinicService } from './clinics/clinic.service.ts';
import { HealthRepository } from './health/health.repository.ts';
import { graphqlRateLimit, loginRateLimit } from './rate-limits/rate-limit.routes.ts';
import { rateLimitsFromEnv } from './rate-limits/rate-limit.rules.ts';
import { RateLimiters } from './rate-limits/rate-limiters.ts';
import { healthRoutes } from './health/health.routes.ts';
import { startGraphqlServer } from './graphql-server.ts';
import { createSchema } from './schema.ts';
import { clockRoutes } from './test-support/clock.routes.ts';

export type AppDeps = {
  config: AppConfig;
  prisma: PrismaClient;
  clock: AdjustableClock;
  logger: Logger;
  /** The demo personas the local test identity provider lists. */
  personas?: () => Promise<TestPersona[]>;
  /** A real e-identification provider; required in production mode. */
  eid?: EIdentificationProvider;
};

export type App = { express: Express; stop(): Promise<void> };

/** The composition root: wires adapters, services, GraphQL and routes into one Express app. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, prisma, clock, logger } = deps;
  const production = config.mode === 'production';

  const register = new LocalPopulationRegister(prisma);
  const hsa = new LocalHsaCatalog(prisma);
  const sessionRepository = new SessionRepository(prisma);
  const sessions = new SessionService(sessionRepository, clock, config.jwtSecret);
  const proxyLinks = new ProxyRepository(prisma);
  const proxyAccess = new ProxyAccess({ register, links: proxyLinks, clock });

  const testIdp = production
    ? undefined
    : createLocalTestIdentityProvider({
        clock,
        signingSecret: `${config.jwtSecret}:test-idp`,
        personas: deps.personas ?? (() => Promise.resolve([])),
      });
  const eid = deps.eid ?? testIdp?.provider;
  if (!eid)
    throw new Error(
      'Production mode needs a real e-identification provider; the test provider is refused.',
    );

  // Counted in the database, so every API process on it shares the limits.
  const limiters = RateLimiters.create({
    databaseUrl: config.databaseUrl,
    limits: config.rateLimits ?? rateLimitsFromEnv({}, config.mode),
    logger,
  });
  const login = new LoginService({
    clock,
    eid,
    register,
    hsa,
    sessions,
    repository: sessionRepository,
    loginTransactions: new LoginTransactionRepository(prisma),
    loginState: new LoginStateSigner(config.jwtSecret),
    proxy: proxyAccess,
  });
  const viewers = new ViewerService({
    clock,
    register,
    hsa,
    sessions,
    repository: sessionRepository,
  });
  const clinics = new ClinicService(new ClinicRepository(prisma), clock);
  const caseForms = new CaseFormRepository(prisma);
  const attachments = new AttachmentService(new AttachmentRepository(prisma), clock);
  const citizenAccessLog = new CitizenAccessLogService(
    new CitizenAccessLogRepository(prisma),
    clock,
  );
  const support = new SupportService(
    new SupportRepository(prisma),
    clock,
    config.supportContact ?? DEFAULT_SUPPORT_CONTACT,
  );
  const instances = new Map<unknown, unknown>([
    [ViewerResolver, new ViewerResolver(viewers)],
    [ClinicResolver, new ClinicResolver(clinics)],
    [CaseFormResolver, new CaseFormResolver(new CaseFormService(caseForms, clock))],
    [CaseResolver, new CaseResolver(new CaseService(new CaseRepository(prisma), clock))],
    // Wiring of the case loop: each feature builds its own service here.
    [AttachmentResolver, new AttachmentResolver(attachments)],
    [
      CaseHandlingResolver,
      new CaseHandlingResolver(new CaseHandlingService(new CaseHandlingRepository(prisma), clock)),
    ],
    // Who else has a case page open (heartbeats, no content).
    [
      PresenceResolver,
      new PresenceResolver(new PresenceService(new PresenceRepository(prisma), clock)),
    ],
    [InboxResolver, new InboxResolver(new InboxService(new InboxRepository(prisma), clock))],
    [
      AccessLogResolver,
      new AccessLogResolver(new AccessLogService(new AccessLogRepository(prisma))),
    ],
    [CitizenAccessLogResolver, new CitizenAccessLogResolver(citizenAccessLog)],
    // Wiring of proxy mode and notification settings.
    [
      ProxyResolver,
      new ProxyResolver(
        new ProxyService({
          access: proxyAccess,
          links: proxyLinks,
          register,
          sessions: sessionRepository,
          viewers,
          clock,
        }),
      ),
    ],
    [
      NotificationSettingsResolver,
      new NotificationSettingsResolver(
        new NotificationSettingsService(new NotificationSettingsRepository(prisma), clock),
      ),
    ],
    // Staff alerts: the staff member's own address, language and switches.
    [
      StaffAlertResolver,
      new StaffAlertResolver(new StaffAlertService(new StaffAlertRepository(prisma), clock)),
    ],
    [
      CaseTypeAdminResolver,
      new CaseTypeAdminResolver(
        new CaseTypeAdminService(new CaseTypeAdminRepository(prisma), clock),
      ),
    ],
    [
      CustomCaseTypeResolver,
      new CustomCaseTypeResolver(
        new CustomCaseTypeService(new CustomCaseTypeRepository(prisma), clock),
      ),
    ],
    [
      StandardAnswerResolver,
      new StandardAnswerResolver(
        new StandardAnswerService(new StandardAnswerRepository(prisma), clock),
      ),
    ],
    // Support: fault reports from staff to the national service administration.
    [SupportResolver, new SupportResolver(support)],
    // Roles at the clinic and the admin action log.
    [
      ClinicRolesResolver,
      new ClinicRolesResolver(new ClinicRolesService(new ClinicRolesRepository(prisma), clock)),
    ],
    [AdminLogResolver, new AdminLogResolver(new AdminLogService(new AdminLogRepository(prisma)))],
    // Statistics from the daily rollups.
    [
      StatisticsResolver,
      new StatisticsResolver(new StatisticsService(new StatisticsRepository(prisma), clock)),
    ],
    // Driftstatus: public reading and e-mail subscription, national publishing.
    [
      ServiceStatusResolver,
      new ServiceStatusResolver(
        new ServiceStatusService(
          new ServiceStatusRepository(prisma),
          clock,
          linkKeyFrom(config.jwtSecret),
        ),
      ),
    ],
  ]);
  const schema = await createSchema({ get: (someClass) => instances.get(someClass) });

  const apollo = await startGraphqlServer({
    schema,
    production,
    logger,
    limiters,
    sessions,
    proxyActionLog: new ProxyActionLogRepository(prisma),
    clock,
  });

  const app = express();
  useHttpBasics(app, { logger, production, trustProxy: config.trustProxy ?? false });
  app.use(rejectMalformedUrls());
  app.use(cookieParser());

  const buildContext = createContextFactory({
    sessions,
    sessionRepository,
    hsa,
    proxy: proxyAccess,
    clock,
  });
  // GraphQL first: its requests are most of the traffic, and every router before it would
  // try (and fail) to match each of them.
  for (const surface of ['citizen', 'staff'] as const satisfies AppSurface[]) {
    app.use(
      `/api/${surface}/graphql`,
      // Per session, or per client address without one; before the body is read.
      graphqlRateLimit(limiters, (req) =>
        sessions.sessionIdOfToken(readSessionCookie(req, surface), surface),
      ),
      graphqlBody({
        // The citizen uploads attachments as base64 (5 MB of file is about 7 MB of JSON);
        // staff send at most a form definition or a support report's screenshot (2 MB).
        signedInLimit:
          surface === 'citizen'
            ? Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 64 * 1024
            : MAX_SCREENSHOT_BASE64_LENGTH + 64 * 1024,
        isSignedIn: (req) => sessions.isOwnToken(readSessionCookie(req, surface), surface),
      }),
      expressMiddleware(apollo, {
        context: withAvailability(({ req, res }) =>
          buildContext(
            surface,
            req,
            res,
            req.log,
            typeof req.id === 'string' ? req.id : randomUUID(),
          ),
        ),
      }),
    );
  }

  app.use(healthRoutes(() => new HealthRepository(prisma).ping()));
  if (testIdp) {
    app.use(testIdp.router);
    app.use(clockRoutes(clock));
  }
  app.use(
    authRoutes({ login, sessions, loginLimit: (surface) => loginRateLimit(limiters, surface) }),
  );

  app.use(attachmentRoutes({ buildContext, attachments }));
  app.use(citizenAccessLogRoutes({ buildContext, log: citizenAccessLog }));
  app.use(supportRoutes({ buildContext, support }));

  faviconRoutes(app);
  serveSpa(app, 'citizen', config.citizenDist);
  serveSpa(app, 'staff', config.staffDist);
  app.get('/', (_req, res) => {
    res.type('html').send(landingPage());
  });

  app.use((_req: Request, res: Response) => {
    res.status(404).type('text/plain').send('Not found');
  });
  // The database away: 503 + Retry-After on the REST routes too.
  app.use(databaseUnavailableHandler());
  app.use(finalErrorHandler());

  return {
    express: app,
    stop: async () => {
      await apollo.stop();
      await limiters.stop();
    },
  };
}
