import { Field, ID, InputType } from '@nestjs/graphql';
import { MemberRole } from '../models/member-role.enum';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  membershipId: string;

  @Field(() => MemberRole)
  role: MemberRole;
}
