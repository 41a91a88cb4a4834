import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { Prisma } from '@passerelles/db/generated/prisma/client';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { ErrorCode } from '@passerelles/domain/domain-error';
import { canEdit } from '@passerelles/domain/member-role';
import { sumAmounts } from '@passerelles/domain/money';
import { isOpenParticipation, participationPermissions } from '@passerelles/domain/participation-rules';
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
 * with the lead (lead_tenant_id); every event about it shows in both collectivités' journals.
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
    const invited = await this.database.systemTransaction('tenant-directory', () => this.participations.findTenantBySiren(values.siren));
    if (!invited) {
      throw new ParticipationError(ErrorCode.NotFound, 'Aucune collectivité inscrite sur Passerelles ne porte ce SIREN.', 'UNKNOWN_SIREN', 'siren');
    }
    if (invited.id === tenantId) {
      throw new ParticipationError(ErrorCode.BadUserInput, 'Votre collectivité est déjà chef de file de ce projet.', 'OWN_COLLECTIVITY', 'siren');
    }
    if (values.role === 'OBSERVER' && values.contributions.length > 0) {
      throw new ParticipationError(ErrorCode.BadUserInput, 'Une collectivité observatrice ne contribue pas au financement.', 'OBSERVER_CONTRIBUTION', 'contributions');
    }
    return this.database.tenantTransaction(async () => {
      const project = await this.projects.findById(values.projectId);
      if (!project) throw new NotFoundError('Projet');
      if (project.tenantId !== tenantId) throw new ProjectReadOnlyError('NOT_LEAD');
      if (!canEdit(role)) throw new ForbiddenError();
      if (await this.participations.findOpen(project.id, invited.id)) {
        throw new ParticipationError(ErrorCode.Conflict, `${invited.name} participe déjà à ce projet ou y est déjà invitée.`, 'ALREADY_PARTICIPATING', 'siren');
      }
      // A new invitation is a new row, even after a refusal or a departure: past participations stay as history.
      const created = await this.participations.create({
        tenantId: invited.id,
        leadTenantId: tenantId,
        projectId: project.id,
        role: values.role,
        participantName: invited.name,
        leadName: (await this.participations.findTenantName(tenantId))?.name ?? '',
        projectCode: project.code,
        projectTitle: project.title,
        invitedById: userId,
      });
      for (const contribution of values.contributions) await this.participations.setContribution(created, contribution.year, contribution.amount);
      const after = await this.reload(created.id);
      await this.record(after, 'INVITE', null);
      return toInvitation(after);
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
      if (values.accept && participation.role === 'OBSERVER' && values.contributions.length > 0) {
        throw new ParticipationError(ErrorCode.BadUserInput, 'Une collectivité observatrice ne contribue pas au financement.', 'OBSERVER_CONTRIBUTION', 'contributions');
      }
      const moved = await this.participations.moveStatus(participation.id, ['INVITED'], {
        status: values.accept ? 'ACTIVE' : 'DECLINED',
        respondedById: userId,
        respondedAt: new Date(),
      });
      if (!moved) throw new ParticipationError(ErrorCode.Conflict, "Cette invitation n'est plus en attente.", 'INVITATION_NOT_PENDING');
      if (values.accept) {
        for (const contribution of values.contributions) await this.participations.setContribution(participation, contribution.year, contribution.amount);
      }
      const after = await this.reload(participation.id);
      await this.record(after, values.accept ? 'ACCEPT' : 'DECLINE', participation);
      return toInvitation(after);
    });
  }

  /** The lead withdraws a participation (invited or active); the partner's members lose access at once. */
  revoke(participationId: string): Promise<ProjectParticipationInvitation> {
    return this.move(participationId, 'REVOKE', (participation, permissions) => {
      if (!permissions.canRevoke) throw this.refusal(participation, 'REVOKE');
      return { from: ['INVITED', 'ACTIVE'], to: 'REVOKED' };
    });
  }

  /** A partner leaves the project. */
  leave(participationId: string): Promise<ProjectParticipationInvitation> {
    return this.move(participationId, 'LEAVE', (participation, permissions) => {
      if (!permissions.canLeave) throw this.refusal(participation, 'LEAVE');
      return { from: ['ACTIVE'], to: 'LEFT' };
    });
  }

  /**
   * Sets or removes one year's contribution: the lead for any open participation, a partner for its own while
   * active. A revoked or departed collectivité can no longer change anything (the database refuses it too).
   */
  setContribution(participationId: string, year: number, amount: string | null): Promise<ProjectParticipationInvitation> {
    const actor = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.participations.findById(participationId);
      if (!before) throw new NotFoundError('Participation');
      if (!participationPermissions(before, actor).canSetContribution) {
        if (before.role === 'OBSERVER') throw new ProjectReadOnlyError('OBSERVER');
        if (!isOpenParticipation(before.status) || (before.status === 'INVITED' && actor.tenantId === before.tenantId)) {
          throw new ParticipationError(ErrorCode.Conflict, "Cette participation n'est plus active : sa contribution ne change plus.", 'PARTICIPATION_NOT_ACTIVE');
        }
        throw new ForbiddenError();
      }
      if (amount === null) await this.participations.removeContribution(before, year);
      else await this.participations.setContribution(before, year, amount);
      const after = await this.reload(participationId);
      await this.record(after, 'SET_CONTRIBUTION', before);
      return toInvitation(after);
    });
  }

  private move(
    participationId: string,
    action: string,
    rule: (participation: ParticipationRow, permissions: ReturnType<typeof participationPermissions>) => { from: ('INVITED' | 'ACTIVE')[]; to: 'REVOKED' | 'LEFT' },
  ): Promise<ProjectParticipationInvitation> {
    const actor = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const participation = await this.participations.findById(participationId);
      if (!participation) throw new NotFoundError('Participation');
      const { from, to } = rule(participation, participationPermissions(participation, actor));
      if (!(await this.participations.moveStatus(participationId, from, { status: to, respondedAt: new Date() }))) {
        throw new ParticipationError(ErrorCode.Conflict, "Cette participation n'est plus active.", 'PARTICIPATION_NOT_ACTIVE');
      }
      const after = await this.reload(participationId);
      await this.record(after, action, participation);
      return toInvitation(after);
    });
  }

  /** Refusals say what is wrong without revealing more than the caller already sees. */
  private refusal(participation: ParticipationRow, action: 'REVOKE' | 'LEAVE'): Error {
    const { tenantId, role } = currentTenantContext();
    const concerned = action === 'REVOKE' ? participation.leadTenantId === tenantId && participation.role !== 'LEAD' : participation.tenantId === tenantId && participation.role !== 'LEAD';
    if (!concerned) return new NotFoundError('Participation');
    if (role !== 'ADMIN') return new ForbiddenError();
    return new ParticipationError(ErrorCode.Conflict, "Cette participation n'est plus active.", 'PARTICIPATION_NOT_ACTIVE');
  }

  private async reload(id: string): Promise<ParticipationRow> {
    const row = await this.participations.findById(id);
    if (!row) throw new NotFoundError('Participation');
    return row;
  }

  /** One event, in the journals of both the lead and the participant. */
  private record(after: ParticipationRow, action: string, before: ParticipationRow | null): Promise<void> {
    const { tenantId } = currentTenantContext();
    return this.audit.record({
      entity: 'ProjectParticipation',
      entityId: after.id,
      action,
      before,
      after,
      projectId: after.projectId,
      counterpartTenantId: tenantId === after.tenantId ? after.leadTenantId : after.tenantId,
    });
  }
}

export function contributionsOf(row: { contributions: { year: number; amount: Prisma.Decimal }[] }): { year: number; amount: string }[] {
  return row.contributions.map((entry) => ({ year: entry.year, amount: toAmount(entry.amount) }));
}

function toInvitation(row: ParticipationRow): ProjectParticipationInvitation {
  const contributions = contributionsOf(row);
  return {
    id: row.id,
    projectId: row.projectId,
    projectCode: row.projectCode,
    projectTitle: row.projectTitle,
    leadName: row.leadName,
    role: row.role,
    status: row.status,
    contribution: contributions.length > 0 ? sumAmounts(contributions.map((entry) => entry.amount)) : null,
    contributions,
    invitedAt: row.invitedAt,
  };
}
