import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '../../members/models/member-role.enum';
import { InvitationStatus } from './invitation-status.enum';

@ObjectType({ description: "Invitation d'une personne à rejoindre la collectivité." })
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field({ description: "Vrai si l'invitation n'est plus utilisable parce que sa date de validité est passée." })
  expired: boolean;

  @Field()
  expiresAt: Date;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: "État de l'envoi du message : PENDING, SENDING, SENT, FAILED." })
  emailStatus: string | null;
}
