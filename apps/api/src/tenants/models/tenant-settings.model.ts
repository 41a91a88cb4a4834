import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Tenant } from './tenant.model';

@ObjectType({ description: "Recettes d'une année des services publics de l'eau, de l'assainissement, des déchets et de l'énergie (assiettes des plafonds de 1 %)." })
export class ServiceRevenue {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true, description: 'Euros, en texte décimal (ex. "1250000.00").' })
  waterRevenue: string | null;

  @Field(() => String, { nullable: true })
  sanitationRevenue: string | null;

  @Field(() => String, { nullable: true })
  wasteRevenue: string | null;

  @Field(() => String, { nullable: true })
  energyRevenue: string | null;
}

@ObjectType({ description: 'Paramètres de la collectivité.' })
export class TenantSettings {
  @Field(() => Tenant)
  tenant: Tenant;

  @Field(() => [ServiceRevenue], { description: 'Par année, la plus récente en premier.' })
  serviceRevenues: ServiceRevenue[];
}

@ObjectType({ description: "Une collectivité trouvée par son SIREN (pour l'inviter à un projet mutualisé)." })
export class CollectivityLookup {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field()
  siren: string;
}
