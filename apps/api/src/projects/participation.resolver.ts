import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  inviteToProjectSchema,
  participationContributionSchema,
  respondToProjectInvitationSchema,
  type InviteToProjectValues,
  type RespondToProjectInvitationValues,
} from '@passerelles/shared/schemas/project.schemas';
import { z } from 'zod';
import { EDITOR_ROLES } from '@passerelles/domain/member-role';
import { AnyMember, Roles } from '../auth/access.decorators';
import { validateWith } from '../validation/zod-validation.pipe';
import { InviteToProjectInput, ParticipationContributionInput, RespondToProjectInvitationInput } from './dto/participation.input';
import { ProjectParticipationInvitation } from './models/participation-invitation.model';
import { ParticipationService } from './participation.service';

@Resolver(() => ProjectParticipationInvitation)
export class ParticipationResolver {
  constructor(private readonly participations: ParticipationService) {}

  @AnyMember()
  @Query(() => [ProjectParticipationInvitation], { description: 'Invitations à des projets mutualisés, en attente de réponse.' })
  projectInvitations(): Promise<ProjectParticipationInvitation[]> {
    return this.participations.incoming();
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => ProjectParticipationInvitation, { description: 'Invite une autre collectivité (par son SIREN) à un projet dont vous êtes chef de file.' })
  inviteCollectivityToProject(@Args('input', { type: () => InviteToProjectInput }, validateWith(inviteToProjectSchema)) input: InviteToProjectValues): Promise<ProjectParticipationInvitation> {
    return this.participations.invite(input);
  }

  @Roles('ADMIN')
  @Mutation(() => ProjectParticipationInvitation, { description: "Accepte ou décline l'invitation d'une autre collectivité." })
  respondToProjectInvitation(
    @Args('input', { type: () => RespondToProjectInvitationInput }, validateWith(respondToProjectInvitationSchema)) input: RespondToProjectInvitationValues,
  ): Promise<ProjectParticipationInvitation> {
    return this.participations.respond(input);
  }

  @Roles('ADMIN')
  @Mutation(() => ProjectParticipationInvitation, { description: 'Retire une collectivité partenaire (chef de file).' })
  revokeProjectParticipation(@Args('participationId', { type: () => ID }, validateWith(z.uuid())) participationId: string): Promise<ProjectParticipationInvitation> {
    return this.participations.revoke(participationId);
  }

  @Roles('ADMIN')
  @Mutation(() => ProjectParticipationInvitation, { description: 'Quitte un projet mutualisé (partenaire).' })
  leaveProject(@Args('participationId', { type: () => ID }, validateWith(z.uuid())) participationId: string): Promise<ProjectParticipationInvitation> {
    return this.participations.leave(participationId);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => ProjectParticipationInvitation, { description: 'Enregistre la contribution financière d’une collectivité au projet.' })
  setParticipationContribution(
    @Args('input', { type: () => ParticipationContributionInput }, validateWith(participationContributionSchema)) input: z.infer<typeof participationContributionSchema>,
  ): Promise<ProjectParticipationInvitation> {
    return this.participations.setContribution(input.participationId, input.year, input.amount);
  }
}
