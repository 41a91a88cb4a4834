import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../pagination/connection';
import { CooperationStatus } from './cooperation-enums';
import { Convention } from './convention.model';

@ObjectType()
export class OrganisationRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Un partenariat durable avec un territoire étranger (coopération décentralisée, jumelage…).' })
export class Cooperation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  partnerTerritory: string;

  @Field()
  countryCode: string;

  @Field()
  countryName: string;

  @Field(() => OrganisationRef, { nullable: true, description: 'La collectivité partenaire, dans l’annuaire.' })
  partnerOrganisation: OrganisationRef | null;

  @Field(() => String, { nullable: true })
  startedOn: string | null;

  @Field(() => CooperationStatus)
  status: CooperationStatus;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [Convention], { description: 'Conventions, avenants et renouvellements, du plus récent au plus ancien.' })
  conventions: Convention[];
}

@ObjectType()
export class CooperationConnection extends Connection(Cooperation) {}
