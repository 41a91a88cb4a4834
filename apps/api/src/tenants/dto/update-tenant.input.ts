import { Field, InputType } from '@nestjs/graphql';
import { TenantKind } from '../models/tenant-kind.enum';

@InputType()
export class UpdateTenantInput {
  @Field()
  name: string;

  @Field(() => TenantKind)
  kind: TenantKind;

  @Field()
  siren: string;

  @Field()
  regionCode: string;
}
