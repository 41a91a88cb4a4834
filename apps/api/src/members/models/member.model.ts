import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../pagination/connection';
import { MemberRole } from './member-role.enum';

@ObjectType({ description: "Une personne membre de la collectivité, avec son rôle." })
export class Member {
  @Field(() => ID, { description: "Identifiant de l'adhésion (membership)." })
  id: string;

  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field()
  joinedAt: Date;
}

@ObjectType()
export class MemberConnection extends Connection(Member) {}
