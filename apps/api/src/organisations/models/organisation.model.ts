import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../pagination/connection';
import { OrganisationKind } from './organisation-kind.enum';

@ObjectType()
export class OrganisationContact {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({ description: "Une organisation de l'annuaire de la collectivité." })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field({ description: 'Code pays ISO 3166-1 alpha-2.' })
  countryCode: string;

  @Field({ description: 'Nom du pays en français.' })
  countryName: string;

  @Field({ description: "Code du type d'organisation IATI (11 : collectivité locale…)." })
  iatiTypeCode: string;

  @Field()
  iatiTypeName: string;

  @Field(() => String, { nullable: true })
  iatiIdentifier: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  archived: boolean;

  @Field(() => [OrganisationContact])
  contacts: OrganisationContact[];
}

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}
