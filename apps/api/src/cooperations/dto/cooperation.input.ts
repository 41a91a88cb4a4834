import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../pagination/page-request';
import { ConventionValidityState, CooperationStatus } from '../models/cooperation-enums';

@InputType()
export class CooperationInput {
  @Field()
  name: string;

  @Field({ description: 'Le territoire partenaire (ville, province, région…).' })
  partnerTerritory: string;

  @Field()
  countryCode: string;

  @Field(() => ID, { nullable: true })
  partnerOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' })
  startedOn?: string | null;

  @Field(() => CooperationStatus, { nullable: true })
  status?: CooperationStatus | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ArgsType()
export class CooperationsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => CooperationStatus, { nullable: true })
  status?: CooperationStatus | null;
}

@ArgsType()
export class ConventionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  cooperationId?: string | null;

  @Field(() => [ConventionValidityState], { nullable: true, description: 'Par exemple [EXPIRING_SOON, EXPIRED].' })
  validity?: ConventionValidityState[] | null;
}
