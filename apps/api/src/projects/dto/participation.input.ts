import { Field, ID, InputType } from '@nestjs/graphql';
import { ParticipationRole, ProjectStatus } from '../models/project-enums';

@InputType()
export class ChangeProjectStatusInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Motif, pour programmer sans convention signée ni délibération votée.' })
  overrideReason?: string | null;
}

@InputType()
export class InviteToProjectInput {
  @Field(() => ID)
  projectId: string;

  @Field({ description: 'SIREN de la collectivité invitée.' })
  siren: string;

  @Field(() => ParticipationRole, { description: 'PARTNER ou OBSERVER.' })
  role: ParticipationRole;

  @Field(() => String, { nullable: true, description: 'Contribution financière attendue, en euros.' })
  contribution?: string | null;
}

@InputType()
export class RespondToProjectInvitationInput {
  @Field(() => ID)
  participationId: string;

  @Field()
  accept: boolean;

  @Field(() => String, { nullable: true })
  contribution?: string | null;
}

@InputType()
export class ParticipationContributionInput {
  @Field(() => ID)
  participationId: string;

  @Field(() => String, { nullable: true })
  contribution?: string | null;
}
