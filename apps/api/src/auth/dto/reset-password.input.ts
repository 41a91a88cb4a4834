import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Nouveau mot de passe choisi avec le lien reçu par e-mail.' })
export class ResetPasswordInput {
  @Field({ description: 'Le secret du lien (après le « # »).' })
  token: string;

  @Field({ description: '12 caractères au minimum, pas un mot de passe courant.' })
  password: string;
}
