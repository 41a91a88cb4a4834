import { Field, ID, InputType, Int } from '@nestjs/graphql';
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

@InputType({ description: 'Montant pour une année budgétaire.' })
export class YearAmountInput {
  @Field(() => Int)
  year: number;

  @Field({ description: 'Montant en euros ("12500.00").' })
  amount: string;
}

@InputType()
export class InviteToProjectInput {
  @Field(() => ID)
  projectId: string;

  @Field({ description: 'SIREN de la collectivité invitée.' })
  siren: string;

  @Field(() => ParticipationRole, { description: 'PARTNER ou OBSERVER.' })
  role: ParticipationRole;

  @Field(() => [YearAmountInput], { nullable: true, description: 'Contribution financière attendue, par année.' })
  contributions?: YearAmountInput[] | null;
}

@InputType()
export class RespondToProjectInvitationInput {
  @Field(() => ID)
  participationId: string;

  @Field()
  accept: boolean;

  @Field(() => [YearAmountInput], { nullable: true, description: 'Contribution annoncée en acceptant, par année.' })
  contributions?: YearAmountInput[] | null;
}

@InputType({ description: "Contribution d'une collectivité pour une année ; sans montant, l'année est retirée." })
export class ParticipationContributionInput {
  @Field(() => ID)
  participationId: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  amount?: string | null;
}
