import { Field, InputType } from '@nestjs/graphql';
import { MemberRole } from '../../members/models/member-role.enum';

@InputType()
export class InviteMemberInput {
  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;
}
