import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { changeMemberRoleSchema } from '@passerelles/shared/schemas/account.schemas';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { PageArgs, pageArgsSchema, type PageRequest } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { ChangeMemberRoleInput } from './dto/change-member-role.input';
import { MemberService } from './member.service';
import { Member, MemberConnection } from './models/member.model';

@Resolver(() => Member)
export class MemberResolver {
  constructor(private readonly memberService: MemberService) {}

  @AnyMember()
  @Query(() => MemberConnection, { description: 'Membres de la collectivité.' })
  members(@Args({ type: () => PageArgs }, validateWith(pageArgsSchema)) page: PageRequest): Promise<MemberConnection> {
    return this.memberService.list(page);
  }

  @Roles('ADMIN')
  @Mutation(() => Member)
  changeMemberRole(@Args('input', { type: () => ChangeMemberRoleInput }, validateWith(changeMemberRoleSchema)) input: z.infer<typeof changeMemberRoleSchema>): Promise<Member> {
    return this.memberService.changeRole(input.membershipId, input.role);
  }

  @Roles('ADMIN')
  @Mutation(() => Member, { description: 'Retire une personne de la collectivité (son compte reste).' })
  removeMember(@Args('membershipId', { type: () => ID }, validateWith(z.uuid())) membershipId: string): Promise<Member> {
    return this.memberService.remove(membershipId);
  }
}
