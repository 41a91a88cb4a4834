import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '../../pagination/page-request';
import { DeliberationAssembly, DeliberationObject, DeliberationStatus } from '../models/deliberation.model';

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

  @Field(() => String, { nullable: true })
  amount?: string | null;

  @Field(() => ID, { nullable: true })
  conventionId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => Int, { nullable: true })
  budgetYear?: number | null;
}

@InputType()
export class ChangeDeliberationStatusInput {
  @Field(() => ID)
  deliberationId: string;

  @Field(() => DeliberationStatus)
  status: DeliberationStatus;

  @Field(() => String, { nullable: true, description: 'Date du vote, de la transmission ou du caractère exécutoire (AAAA-MM-JJ).' })
  date?: string | null;
}

@ArgsType()
export class DeliberationsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [DeliberationStatus], { nullable: true })
  statuses?: DeliberationStatus[] | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Année de la séance ou du vote.' })
  year?: number | null;
}
