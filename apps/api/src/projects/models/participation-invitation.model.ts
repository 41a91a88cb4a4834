import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ParticipationRole, ParticipationStatus } from './project-enums';

@ObjectType({ description: 'Montant pour une année budgétaire.' })
export class YearAmount {
  @Field(() => Int)
  year: number;

  @Field({ description: 'Montant en euros.' })
  amount: string;
}

@ObjectType({ description: "Invitation reçue par la collectivité à participer au projet mutualisé d'une autre collectivité." })
export class ProjectParticipationInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field()
  projectCode: string;

  @Field()
  projectTitle: string;

  @Field({ description: 'La collectivité chef de file.' })
  leadName: string;

  @Field(() => ParticipationRole)
  role: ParticipationRole;

  @Field(() => ParticipationStatus)
  status: ParticipationStatus;

  @Field(() => String, { nullable: true, description: 'Total des contributions annoncées, en euros.' })
  contribution: string | null;

  @Field(() => [YearAmount], { description: 'Contributions par année.' })
  contributions: YearAmount[];

  @Field()
  invitedAt: Date;
}
