import { formatIdentityNumber, mayBeGuardianProxy, TERMS_VERSIONS } from '@etj/domain';
import { badInput, notFound, unauthenticated } from '../common/errors.ts';
import type { Clock } from '../common/clock.ts';
import type { PopulationRegister } from '../adapters/population-register/population-register.ts';
import type { HsaAssignment, HsaCatalog } from '../adapters/hsa-catalog/hsa-catalog.ts';
import { toProxyChild } from '../proxy-access/proxy.policy.ts';
import type { CitizenActor, StaffActor } from './actor.ts';
import type { CitizenViewer, SessionStatus, StaffUnit, StaffViewer } from './identity.types.ts';
import { isAssignmentActive } from './login.policy.ts';
import { sessionWorkplace, workplacePermissions } from './workplace.policy.ts';
import type { SessionRepository, SessionRow } from './session.repository.ts';
import type { SessionService } from './session.service.ts';

/** Who is logged in, their terms and their choice of workplace. */
export class ViewerService {
  constructor(
    private readonly deps: {
      clock: Clock;
      register: PopulationRegister;
      hsa: HsaCatalog;
      sessions: SessionService;
      repository: SessionRepository;
    },
  ) {}

  sessionStatus(session: SessionRow | null): SessionStatus {
    if (!session) throw unauthenticated('NO_SESSION');
    return this.deps.sessions.status(session);
  }

  async citizen(actor: CitizenActor, session: SessionRow): Promise<CitizenViewer> {
    const [person, child] = await Promise.all([
      this.deps.register.findById(actor.personId),
      actor.actingForPersonId ? this.deps.register.findById(actor.actingForPersonId) : null,
    ]);
    if (!person) throw unauthenticated('NO_SESSION');
    const accepted = await this.deps.repository.latestAcceptedTerms('CITIZEN', person.id);
    const names = [person.givenName, person.familyName].filter(Boolean).join(' ');
    return {
      id: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      displayName: names || formatIdentityNumber(person.identityNumber),
      personnummer: formatIdentityNumber(person.identityNumber),
      acceptedTermsVersion: accepted,
      mustAcceptTerms: accepted !== TERMS_VERSIONS.CITIZEN,
      session: this.deps.sessions.status(session),
      actingFor: child ? toProxyChild(child) : null,
      mayActAsGuardian: mayBeGuardianProxy(person.birthDate, this.deps.clock.today()),
    };
  }

  async staff(actor: StaffActor, session: SessionRow): Promise<StaffViewer> {
    const staff = await this.deps.hsa.findById(actor.staffMemberId);
    if (!staff) throw unauthenticated('NO_SESSION');
    const accepted = await this.deps.repository.latestAcceptedTerms('STAFF', staff.id);
    const today = this.deps.clock.today();
    const units = staff.assignments.filter((a) => isAssignmentActive(a, today)).map(toUnit);
    return {
      id: staff.id,
      hsaId: staff.hsaId,
      displayName: `${staff.givenName} ${staff.familyName}`,
      title: staff.title,
      acceptedTermsVersion: accepted,
      mustAcceptTerms: accepted !== TERMS_VERSIONS.STAFF,
      currentUnit: units.find((u) => u.id === actor.unit?.assignmentId) ?? null,
      units,
      session: this.deps.sessions.status(session),
      ...workplacePermissions(actor.unit),
    };
  }

  async acceptTerms(actor: CitizenActor | StaffActor, version: string): Promise<void> {
    const current = TERMS_VERSIONS[actor.kind];
    if (version !== current)
      throw badInput([{ path: 'version', code: 'TERMS_VERSION_OUTDATED', params: { current } }]);
    const actorId = actor.kind === 'CITIZEN' ? actor.personId : actor.staffMemberId;
    await this.deps.repository.acceptTerms(actor.kind, actorId, version, this.deps.clock.now());
  }

  /** Staff pick the clinic or region they work for in this session; then they hold all its roles. */
  async selectUnit(actor: StaffActor, session: SessionRow, unitId: string): Promise<StaffActor> {
    const staff = await this.deps.hsa.findById(actor.staffMemberId);
    const unit = sessionWorkplace(staff?.assignments ?? [], unitId, this.deps.clock.today());
    if (!unit) throw notFound();
    await this.deps.repository.selectAssignment(
      session.id,
      unit.assignmentId,
      this.deps.clock.now(),
    );
    session.assignmentId = unit.assignmentId;
    return { ...actor, unit };
  }
}

function toUnit(assignment: HsaAssignment): StaffUnit {
  return {
    id: assignment.id,
    kind: assignment.kind,
    name: assignment.unitName,
    regionName: assignment.regionName,
    roles: assignment.roles,
  };
}
