import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { ErrorCode } from '@passerelles/domain/domain-error';
import type { InviteToProjectValues, RespondToProjectInvitationValues } from '@passerelles/shared/schemas/project.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { toAmount } from '../database/column-values';
import { ForbiddenError, NotFoundError } from '../errors/common.errors';
import type { ProjectParticipationInvitation } from './models/participation-invitation.model';
import { ParticipationError, ProjectReadOnlyError } from './project.errors';
import { ParticipationRepository } from './participation.repository';
import { ProjectRepository } from './project.repository';

type ParticipationRow = NonNullable<Awaited<ReturnType<ParticipationRepository['findById']>>>;

/**
 * Mutualised projects: the lead invites another collectivité by SIREN, whose administrator accepts; from then
 * on RLS lets its members read the project. The participation row belongs to the participant and is shared
 * with the lead (lead_tenant_id).
 */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly database: Database,
    private readonly participations: ParticipationRepository,
    private readonly projects: ProjectRepository,
    private readonly audit: AuditTrail,
  ) {}

  async invite(values: InviteToProjectValues): Promise<ProjectParticipationInvitation> {
    const { tenantId, userId, role } = currentTenantContext();
    // The directory lookup needs its own scope, so it runs before (and outside) the tenant transaction.
    const invited = await this.database.transaction({ scope: 'tenant-directory' }, () => this.participations.findTenantBySiren(values.siren));
    if (!invited) {
      throw new ParticipationError(ErrorCode.NotFound, 'Aucune collectivité inscrite sur Passerelles ne porte ce SIREN.', 'UNKNOWN_SIREN', 'siren');
    }
    if (invited.id === tenantId) {
      throw new ParticipationError(ErrorCode.BadUserInput, 'Votre collectivité est déjà chef de file de ce projet.', 'OWN_COLLECTIVITY', 'siren');
    }
    return this.database.tenantTransaction(async () => {
      const project = await this.projects.findById(values.projectId);
      if (!project) throw new NotFoundError('Projet');
      if (project.tenantId !== tenantId) throw new ProjectReadOnlyError('NOT_LEAD');
      if (role !== 'ADMIN' && role !== 'TECHNICIAN') throw new ForbiddenError();
      const leadName = (await this.participations.findTenantName(tenantId))?.name ?? '';
      const existing = await this.participations.findForProject(project.id, invited.id);
      let participation: ParticipationRow;
      if (existing && (existing.status === 'INVITED' || existing.status === 'ACTIVE')) {
        throw new ParticipationError(ErrorCode.Conflict, `${invited.name} participe déjà à ce projet ou y est déjà invitée.`, 'ALREADY_PARTICIPATING', 'siren');
      } else if (existing) {
        participation = await this.participations.update(existing.id, {
          role: values.role,
          status: 'INVITED',
          contribution: values.contribution,
          invitedById: userId,
          invitedAt: new Date(),
          respondedAt: null,
          respondedById: null,
        });
      } else {
        participation = await this.participations.create({
          tenantId: invited.id,
          leadTenantId: tenantId,
          projectId: project.id,
          role: values.role,
          contribution: values.contribution,
          participantName: invited.name,
          leadName,
          projectCode: project.code,
          projectTitle: project.title,
          invitedById: userId,
        });
      }
      await this.audit.record({ entity: 'ProjectParticipation', entityId: participation.id, action: 'INVITE', before: existing, after: participation });
      return toInvitation(participation);
    });
  }

  incoming(): Promise<ProjectParticipationInvitation[]> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => (await this.participations.listIncoming(tenantId)).map(toInvitation));
  }

  respond(values: RespondToProjectInvitationValues): Promise<ProjectParticipationInvitation> {
    const { tenantId, userId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const participation = await this.participations.findById(values.participationId);
      if (!participation || participation.tenantId !== tenantId) throw new NotFoundError('Invitation');
      const moved = await this.participations.moveStatus(participation.id, ['INVITED'], {
        status: values.accept ? 'ACTIVE' : 'DECLINED',
        respondedById: userId,
        respondedAt: new Date(),
        ...(values.contribution !== null ? { contribution: values.contribution } : {}),
      });
      if (!moved) throw new ParticipationError(ErrorCode.Conflict, "Cette invitation n'est plus en attente.", 'INVITATION_NOT_PENDING');
      const after = await this.participations.findById(participation.id);
      await this.audit.record({ entity: 'ProjectParticipation', entityId: participation.id, action: values.accept ? 'ACCEPT' : 'DECLINE', before: participation, after });
      return toInvitation(after!);
    });
  }

  /** The lead withdraws a participation (invited or active); the partner's members lose access at once. */
  revoke(participationId: string): Promise<ProjectParticipationInvitation> {
    const { tenantId } = currentTenantContext();
    return this.moveAsLeadOrParticipant(participationId, 'REVOKE', (participation) => {
      if (participation.leadTenantId !== tenantId || participation.role === 'LEAD') throw new NotFoundError('Participation');
      return { from: ['INVITED', 'ACTIVE'], to: 'REVOKED' };
    });
  }

  /** A partner leaves the project. */
  leave(participationId: string): Promise<ProjectParticipationInvitation> {
    const { tenantId } = currentTenantContext();
    return this.moveAsLeadOrParticipant(participationId, 'LEAVE', (participation) => {
      if (participation.tenantId !== tenantId || participation.role === 'LEAD') throw new NotFoundError('Participation');
      return { from: ['ACTIVE'], to: 'LEFT' };
    });
  }

  /** The lead sets any participant's contribution; a participant its own. */
  setContribution(participationId: string, contribution: string | null): Promise<ProjectParticipationInvitation> {
    return this.database.tenantTransaction(async () => {
      const participation = await this.participations.findById(participationId);
      if (!participation) throw new NotFoundError('Participation');
      if (participation.role === 'OBSERVER' && participation.tenantId === currentTenantContext().tenantId) throw new ProjectReadOnlyError('OBSERVER');
      const after = await this.participations.update(participationId, { contribution });
      await this.audit.record({ entity: 'ProjectParticipation', entityId: participationId, action: 'SET_CONTRIBUTION', before: participation, after });
      return toInvitation(after);
    });
  }

  private moveAsLeadOrParticipant(
    participationId: string,
    action: string,
    rule: (participation: ParticipationRow) => { from: ('INVITED' | 'ACTIVE')[]; to: 'REVOKED' | 'LEFT' },
  ): Promise<ProjectParticipationInvitation> {
    return this.database.tenantTransaction(async () => {
      const participation = await this.participations.findById(participationId);
      if (!participation) throw new NotFoundError('Participation');
      const { from, to } = rule(participation);
      if (!(await this.participations.moveStatus(participationId, from, { status: to, respondedAt: new Date() }))) {
        throw new ParticipationError(ErrorCode.Conflict, "Cette participation n'est plus active.", 'PARTICIPATION_NOT_ACTIVE');
      }
      const after = await this.participations.findById(participationId);
      await this.audit.record({ entity: 'ProjectParticipation', entityId: participationId, action, before: participation, after });
      return toInvitation(after!);
    });
  }
}

function toInvitation(row: ParticipationRow): ProjectParticipationInvitation {
  return {
    id: row.id,
    projectId: row.projectId,
    projectCode: row.projectCode,
    projectTitle: row.projectTitle,
    leadName: row.leadName,
    role: row.role,
    status: row.status,
    contribution: toAmount(row.contribution),
    invitedAt: row.invitedAt,
  };
}
