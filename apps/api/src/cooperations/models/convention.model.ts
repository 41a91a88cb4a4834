import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../pagination/connection';
import { ConventionKind, ConventionStatus, ConventionValidityState } from './cooperation-enums';

@ObjectType({ description: 'Une partie à la convention, avec les résultats attendus de sa part.' })
export class ConventionParty {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "L'organisation de l'annuaire ; vide pour la collectivité elle-même." })
  organisationId: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  expectedResults: string | null;

  @Field(() => String, { nullable: true })
  commitments: string | null;
}

@ObjectType({ description: 'Convention de partenariat (loi Thiollière), ou un de ses avenants ou renouvellements.' })
export class Convention {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cooperationId: string;

  @Field()
  cooperationName: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => ConventionKind)
  kind: ConventionKind;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => ID, { nullable: true })
  previousVersionId: string | null;

  @Field(() => ConventionStatus)
  status: ConventionStatus;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' })
  signedOn: string | null;

  @Field({ description: 'AAAA-MM-JJ' })
  startsOn: string;

  @Field({ description: 'AAAA-MM-JJ' })
  endsOn: string;

  @Field()
  objectives: string;

  @Field(() => String, { nullable: true })
  means: string | null;

  @Field(() => String, { nullable: true, description: 'Engagement financier prévisionnel, en euros.' })
  forecastCommitment: string | null;

  @Field(() => String, { nullable: true, description: 'Date de transmission au préfet (AAAA-MM-JJ).' })
  prefectureTransmittedOn: string | null;

  @Field(() => [ConventionParty])
  parties: ConventionParty[];

  @Field(() => ConventionValidityState)
  validity: ConventionValidityState;

  @Field(() => Int, { nullable: true, description: "Jours restants avant l'échéance, si elle est en vigueur." })
  daysLeft: number | null;

  @Field({
    description:
      "En vigueur aujourd'hui (heure de Paris) : signée, transmise au préfet (CGCT L1115-1), non remplacée ni résiliée, et aujourd'hui entre son début et sa fin.",
  })
  inForce: boolean;

  @Field(() => ID, { nullable: true, description: 'La version suivante (avenant ou renouvellement), signée ou en préparation.' })
  nextVersionId: string | null;

  @Field(() => ID, { nullable: true, description: "L'avenant ou le renouvellement signé qui remplace cette version." })
  supersededBy: string | null;
}

@ObjectType()
export class ConventionConnection extends Connection(Convention) {}
