import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '../../members/models/member-role.enum';
import { Tenant } from '../../tenants/models/tenant.model';

@ObjectType({ description: 'La personne connectée.' })
export class UserProfile {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  locale: string;
}

@ObjectType({ description: "Une collectivité dont la personne connectée est membre, et son rôle." })
export class ViewerMembership {
  @Field(() => Tenant)
  tenant: Tenant;

  @Field(() => MemberRole)
  role: MemberRole;
}

@ObjectType({ description: 'Session en cours : qui, dans quelle collectivité, avec quel rôle.' })
export class Viewer {
  @Field(() => UserProfile)
  user: UserProfile;

  @Field(() => Tenant)
  currentTenant: Tenant;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => [ViewerMembership], { description: 'Toutes ses collectivités, pour changer de collectivité.' })
  memberships: ViewerMembership[];

  @Field({ description: "Jeton à renvoyer dans l'en-tête x-csrf-token de chaque mutation." })
  csrfToken: string;
}
