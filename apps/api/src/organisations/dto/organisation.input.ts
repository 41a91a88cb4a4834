import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../pagination/page-request';
import { OrganisationKind } from '../models/organisation-kind.enum';

@InputType()
export class OrganisationInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  countryCode: string;

  @Field()
  iatiTypeCode: string;

  @Field(() => String, { nullable: true })
  iatiIdentifier?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class OrganisationContactInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Recherche dans le nom, le sigle et le pays.' })
  text?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field({ defaultValue: false })
  includeArchived: boolean;
}
