import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '../../pagination/page-request';
import { DeliberationAssembly, DeliberationDateField, DeliberationObject, DeliberationStatus } from '../models/deliberation.model';

@InputType()
export class DeliberationProjectInput {
  @Field(() => ID)
  projectId: string;

  @Field({ description: 'Montant accordé au projet, en euros.' })
  amount: string;
}

@InputType()
export class DeliberationInput {
  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => DeliberationAssembly)
  assembly: DeliberationAssembly;

  @Field(() => DeliberationObject)
  object: DeliberationObject;

  @Field(() => String, { nullable: true })
  sessionDate?: string | null;

  @Field(() => ID, { nullable: true })
  conventionId?: string | null;

  @Field(() => Int, { nullable: true })
  budgetYear?: number | null;

  @Field(() => [DeliberationProjectInput], { nullable: true, description: 'Projets couverts, un montant chacun.' })
  projects?: DeliberationProjectInput[] | null;
}

@InputType()
export class ChangeDeliberationStatusInput {
  @Field(() => ID)
  deliberationId: string;

  @Field(() => DeliberationStatus)
  status: DeliberationStatus;

  @Field(() => String, { nullable: true, description: 'Date du vote, de la transmission, du caractère exécutoire ou de la fin (AAAA-MM-JJ).' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Motif du retrait, de l’annulation ou de l’abrogation.' })
  reason?: string | null;
}

@InputType({ description: 'Correction motivée d’une date enregistrée.' })
export class CorrectDeliberationDateInput {
  @Field(() => ID)
  deliberationId: string;

  @Field(() => DeliberationDateField)
  field: DeliberationDateField;

  @Field()
  date: string;

  @Field()
  reason: string;
}

@ArgsType()
export class DeliberationsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [DeliberationStatus], { nullable: true })
  statuses?: DeliberationStatus[] | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Année de la délibération (celle de sa numérotation).' })
  year?: number | null;
}
