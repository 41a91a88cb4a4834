import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  acceptInvitationSchema,
  invitationTokenField,
  inviteMemberSchema,
  type AcceptInvitationValues,
  type InviteMemberValues,
} from '@passerelles/shared/schemas/account.schemas';
import { z } from 'zod';
import { Public, Roles } from '../auth/access.decorators';
import { Viewer } from '../auth/models/viewer.model';
import { SessionService } from '../auth/session.service';
import { clientInfo } from '../graphql/client-info';
import type { GraphQLContext } from '../graphql/graphql-context';
import { validateWith } from '../validation/zod-validation.pipe';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { InvitationService } from './invitation.service';
import { InvitationPreview } from './models/invitation-preview.model';
import { Invitation } from './models/invitation.model';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
  ) {}

  @Roles('ADMIN')
  @Query(() => [Invitation], { description: 'Invitations en attente de la collectivité.' })
  pendingInvitations(): Promise<Invitation[]> {
    return this.invitations.listPending();
  }

  @Roles('ADMIN')
  @Mutation(() => Invitation, { description: 'Invite une personne par e-mail (lien à usage unique, valable 7 jours).' })
  inviteMember(@Args('input', { type: () => InviteMemberInput }, validateWith(inviteMemberSchema)) input: InviteMemberValues): Promise<Invitation> {
    return this.invitations.invite(input);
  }

  @Roles('ADMIN')
  @Mutation(() => Invitation, { description: "Renvoie l'invitation avec un nouveau lien ; l'ancien ne fonctionne plus." })
  resendInvitation(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Invitation> {
    return this.invitations.resend(id);
  }

  @Roles('ADMIN')
  @Mutation(() => Invitation)
  revokeInvitation(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Invitation> {
    return this.invitations.revoke(id);
  }

  @Public()
  @Query(() => InvitationPreview)
  invitationPreview(@Args('token', validateWith(invitationTokenField)) token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Public()
  @Mutation(() => Viewer, { description: "Accepte une invitation, crée le compte si besoin, et ouvre la session." })
  async acceptInvitation(
    @Args('input', { type: () => AcceptInvitationInput }, validateWith(acceptInvitationSchema)) input: AcceptInvitationValues,
    @Context() ctx: GraphQLContext,
  ): Promise<Viewer> {
    const opened = await this.invitations.accept(input, clientInfo(ctx));
    this.sessions.setCookie(ctx.reply, opened.secret);
    return opened.viewer;
  }
}
