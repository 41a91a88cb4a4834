import { Field, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '../../members/models/member-role.enum';

@ObjectType({ description: "Ce que voit la personne qui ouvre un lien d'invitation, avant de l'accepter." })
export class InvitationPreview {
  @Field()
  tenantName: string;

  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Vrai si un compte existe déjà pour cette adresse : il suffit alors de son mot de passe.' })
  accountExists: boolean;
}
