import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { loginSchema, signUpSchema, signUpTokenField, type LoginValues, type SignUpValues } from '@passerelles/shared/schemas/account.schemas';
import { z } from 'zod';
import { UnauthenticatedError } from '../errors/common.errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { validateWith } from '../validation/zod-validation.pipe';
import { Authenticated, Public } from './access.decorators';
import { clientInfo } from '../graphql/client-info';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { SignUpInput } from './dto/sign-up.input';
import { Viewer } from './models/viewer.model';
import { SessionService } from './session.service';
import { SignUpService } from './sign-up.service';

@Resolver(() => Viewer)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly signUps: SignUpService,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'La session en cours, ou null sans session.' })
  async viewer(@Context() ctx: GraphQLContext): Promise<Viewer | null> {
    return ctx.auth ? this.auth.viewer(ctx.auth) : null;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Demande l'inscription d'une collectivité : un e-mail part vers l'adresse donnée, avec le lien de confirmation (ou, si elle a déjà un compte, un message le disant). Répond toujours true : la réponse ne dit pas si l'adresse a un compte.",
  })
  async signUp(@Args('input', { type: () => SignUpInput }, validateWith(signUpSchema)) input: SignUpValues, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.signUps.request(input, clientInfo(ctx));
    return true;
  }

  @Public()
  @Mutation(() => Viewer, { description: "Confirme une inscription (lien reçu par e-mail, valable 24 heures) : crée la collectivité et son premier administrateur, puis ouvre sa session." })
  async confirmSignUp(@Args('token', validateWith(signUpTokenField)) token: string, @Context() ctx: GraphQLContext): Promise<Viewer> {
    const opened = await this.signUps.confirm(token, clientInfo(ctx));
    this.sessions.setCookie(ctx.reply, opened.secret);
    return opened.viewer;
  }

  @Public()
  @Mutation(() => Viewer)
  async login(@Args('input', { type: () => LoginInput }, validateWith(loginSchema)) input: LoginValues, @Context() ctx: GraphQLContext): Promise<Viewer> {
    const opened = await this.auth.login(input, clientInfo(ctx));
    this.sessions.setCookie(ctx.reply, opened.secret);
    return opened.viewer;
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.auth) throw new UnauthenticatedError();
    await this.auth.logout(ctx.auth);
    this.sessions.clearCookie(ctx.reply);
    return true;
  }

  @Authenticated()
  @Mutation(() => Viewer, { description: "Ouvre une autre des collectivités de la personne connectée." })
  async switchTenant(@Args('tenantId', { type: () => ID }, validateWith(z.uuid())) tenantId: string, @Context() ctx: GraphQLContext): Promise<Viewer> {
    if (!ctx.auth) throw new UnauthenticatedError();
    const viewer = await this.auth.switchTenant(ctx.auth, tenantId);
    ctx.auth = { ...ctx.auth, tenantId, role: viewer.role };
    return viewer;
  }
}

