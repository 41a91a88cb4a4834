import { Field, ID, InputType } from '@nestjs/graphql';
import { ConventionKind } from '../models/cooperation-enums';

@InputType()
export class ConventionPartyInput {
  @Field(() => ID, { nullable: true, description: "Vide pour la collectivité elle-même." })
  organisationId?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  expectedResults?: string | null;

  @Field(() => String, { nullable: true })
  commitments?: string | null;
}

@InputType()
export class ConventionInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field({ description: 'AAAA-MM-JJ' })
  startsOn: string;

  @Field({ description: 'AAAA-MM-JJ' })
  endsOn: string;

  @Field()
  objectives: string;

  @Field(() => String, { nullable: true })
  means?: string | null;

  @Field(() => String, { nullable: true, description: 'Euros, texte décimal.' })
  forecastCommitment?: string | null;

  @Field(() => [ConventionPartyInput])
  parties: ConventionPartyInput[];
}

@InputType()
export class CreateConventionInput extends ConventionInput {
  @Field(() => ID)
  cooperationId: string;
}

@InputType()
export class ConventionVersionInput extends ConventionInput {
  @Field(() => ConventionKind, { description: 'AMENDMENT (avenant) ou RENEWAL (renouvellement).' })
  kind: ConventionKind;
}
