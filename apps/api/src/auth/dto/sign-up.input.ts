import { Field, InputType } from '@nestjs/graphql';
import { TenantKind } from '../../tenants/models/tenant-kind.enum';

@InputType({ description: "Inscription d'une collectivité et de son premier administrateur." })
export class SignUpInput {
  @Field()
  tenantName: string;

  @Field(() => TenantKind)
  tenantKind: TenantKind;

  @Field()
  siren: string;

  @Field({ description: 'Code INSEE de la région.' })
  regionCode: string;

  @Field()
  adminName: string;

  @Field()
  email: string;

  @Field({ description: '12 caractères au minimum, pas un mot de passe courant (règle de libs/domain/password-policy).' })
  password: string;
}
