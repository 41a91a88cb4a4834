import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TenantKind } from './tenant-kind.enum';

@ObjectType({ description: 'Une collectivité (le locataire de Passerelles).' })
export class Tenant {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => TenantKind)
  kind: TenantKind;

  @Field({ description: 'SIREN à 9 chiffres.' })
  siren: string;

  @Field({ description: 'Code INSEE de la région.' })
  regionCode: string;

  @Field()
  slug: string;
}
