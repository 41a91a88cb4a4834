import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliberationAssembly, DeliberationObject, DeliberationStatus } from '@passerelles/db/generated/prisma/enums';
import { Connection } from '../../pagination/connection';

export { DeliberationAssembly, DeliberationObject, DeliberationStatus };

registerEnumType(DeliberationAssembly, {
  name: 'DeliberationAssembly',
  valuesMap: {
    MUNICIPAL_COUNCIL: { description: 'Conseil municipal' },
    COMMUNITY_COUNCIL: { description: 'Conseil communautaire' },
    DEPARTMENTAL_COUNCIL: { description: 'Conseil départemental' },
    REGIONAL_COUNCIL: { description: 'Conseil régional' },
    SYNDICATE_COMMITTEE: { description: 'Comité syndical' },
    PERMANENT_COMMISSION: { description: 'Commission permanente' },
    BUREAU: { description: 'Bureau' },
  },
});
registerEnumType(DeliberationObject, {
  name: 'DeliberationObject',
  valuesMap: {
    CONVENTION: { description: 'Convention de partenariat' },
    BUDGET: { description: 'Budget' },
    PERSONNEL: { description: 'Personnel' },
    OPERATOR_CONVENTION: { description: 'Convention avec un opérateur' },
    GRANT: { description: 'Subvention' },
    EMERGENCY_AID: { description: "Aide d'urgence" },
  },
});
registerEnumType(DeliberationStatus, {
  name: 'DeliberationStatus',
  valuesMap: {
    DRAFT: { description: 'Projet de délibération' },
    SCHEDULED: { description: "Inscrite à l'ordre du jour" },
    VOTED: { description: 'Votée' },
    TRANSMITTED: { description: 'Transmise au préfet' },
    EXECUTORY: { description: 'Exécutoire' },
    WITHDRAWN: { description: 'Retirée' },
  },
});

@ObjectType({ description: "Délibération de l'assemblée délibérante." })
export class Deliberation {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => DeliberationAssembly)
  assembly: DeliberationAssembly;

  @Field(() => DeliberationObject)
  object: DeliberationObject;

  @Field(() => DeliberationStatus)
  status: DeliberationStatus;

  @Field(() => String, { nullable: true, description: 'Date de la séance prévue (AAAA-MM-JJ).' })
  sessionDate: string | null;

  @Field(() => String, { nullable: true })
  votedOn: string | null;

  @Field(() => String, { nullable: true })
  transmittedOn: string | null;

  @Field(() => String, { nullable: true })
  executoryOn: string | null;

  @Field(() => String, { nullable: true, description: 'Montant en euros.' })
  amount: string | null;

  @Field(() => ID, { nullable: true })
  conventionId: string | null;

  @Field(() => String, { nullable: true })
  conventionTitle: string | null;

  @Field(() => ID, { nullable: true })
  projectId: string | null;

  @Field(() => String, { nullable: true })
  projectTitle: string | null;

  @Field(() => Int, { nullable: true })
  budgetYear: number | null;

  @Field(() => [DeliberationStatus], { description: 'Statuts vers lesquels la délibération peut passer.' })
  allowedTransitions: DeliberationStatus[];
}

@ObjectType()
export class DeliberationConnection extends Connection(Deliberation) {}
