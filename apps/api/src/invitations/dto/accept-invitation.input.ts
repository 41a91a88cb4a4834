import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class AcceptInvitationInput {
  @Field({ description: "Le secret du lien d'invitation." })
  token: string;

  @Field(() => String, { nullable: true, description: "Nom complet, obligatoire si l'adresse n'a pas encore de compte." })
  name?: string | null;

  @Field({ description: 'Mot de passe du compte existant, ou à choisir (12 caractères au minimum).' })
  password: string;
}
