import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { emailField, resetPasswordSchema, type ResetPasswordValues } from '@passerelles/shared/schemas/account.schemas';
import { clientInfo } from '../graphql/client-info';
import type { GraphQLContext } from '../graphql/graphql-context';
import { validateWith } from '../validation/zod-validation.pipe';
import { Public } from './access.decorators';
import { ResetPasswordInput } from './dto/reset-password.input';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Envoie un lien pour choisir un nouveau mot de passe (valable une heure, à usage unique) si l'adresse a un compte. Répond toujours true : la réponse ne dit pas si l'adresse a un compte.",
  })
  async requestPasswordReset(@Args('email', validateWith(emailField)) email: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.resets.request(email, clientInfo(ctx));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Choisit le nouveau mot de passe ; ferme toutes les sessions de la personne.' })
  async resetPassword(@Args('input', { type: () => ResetPasswordInput }, validateWith(resetPasswordSchema)) input: ResetPasswordValues): Promise<boolean> {
    await this.resets.reset(input);
    return true;
  }
}
