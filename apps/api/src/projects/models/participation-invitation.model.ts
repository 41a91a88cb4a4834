import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ParticipationRole, ParticipationStatus } from './project-enums';

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

  @Field(() => String, { nullable: true })
  contribution: string | null;

  @Field()
  invitedAt: Date;
}
