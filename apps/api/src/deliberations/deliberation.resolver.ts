import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DELIBERATION_STATUSES } from '@passerelles/domain/deliberation-rules';
import { EDITOR_ROLES } from '@passerelles/domain/member-role';
import {
  changeDeliberationStatusSchema,
  correctDeliberationDateSchema,
  deliberationSchema,
  type ChangeDeliberationStatusValues,
  type CorrectDeliberationDateValues,
  type DeliberationValues,
} from '@passerelles/shared/schemas/deliberation.schemas';
import { searchTextFilter } from '@passerelles/shared/schemas/common-fields';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { pageArgsSchema } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { DeliberationService } from './deliberation.service';
import { ChangeDeliberationStatusInput, CorrectDeliberationDateInput, DeliberationInput, DeliberationsArgs } from './dto/deliberation.input';
import { Deliberation, DeliberationConnection } from './models/deliberation.model';

const deliberationsArgsSchema = z
  .object({
    text: searchTextFilter,
    statuses: z.array(z.enum(DELIBERATION_STATUSES)).max(DELIBERATION_STATUSES.length).nullish(),
    projectId: z.uuid().nullish(),
    year: z.number().int().min(2000).max(2100).nullish(),
  })
  .and(pageArgsSchema);

@Resolver(() => Deliberation)
export class DeliberationResolver {
  constructor(private readonly service: DeliberationService) {}

  @AnyMember()
  @Query(() => DeliberationConnection, { description: 'Délibérations de la collectivité, les plus récentes d’abord.' })
  deliberations(@Args({ type: () => DeliberationsArgs }, validateWith(deliberationsArgsSchema)) args: z.infer<typeof deliberationsArgsSchema>): Promise<DeliberationConnection> {
    return this.service.list(
      { text: args.text || undefined, statuses: args.statuses ?? undefined, projectId: args.projectId ?? undefined, year: args.year ?? undefined },
      { first: args.first, after: args.after },
    );
  }

  @AnyMember()
  @Query(() => Deliberation)
  deliberation(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Deliberation> {
    return this.service.get(id);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Deliberation)
  createDeliberation(@Args('input', { type: () => DeliberationInput }, validateWith(deliberationSchema)) input: DeliberationValues): Promise<Deliberation> {
    return this.service.create(input);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Deliberation)
  updateDeliberation(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => DeliberationInput }, validateWith(deliberationSchema)) input: DeliberationValues,
  ): Promise<Deliberation> {
    return this.service.update(id, input);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Deliberation)
  changeDeliberationStatus(
    @Args('input', { type: () => ChangeDeliberationStatusInput }, validateWith(changeDeliberationStatusSchema)) input: ChangeDeliberationStatusValues,
  ): Promise<Deliberation> {
    return this.service.changeStatus(input);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Deliberation, { description: 'Corrige une date enregistrée par erreur ; la correction est motivée et tracée.' })
  correctDeliberationDate(
    @Args('input', { type: () => CorrectDeliberationDateInput }, validateWith(correctDeliberationDateSchema)) input: CorrectDeliberationDateValues,
  ): Promise<Deliberation> {
    return this.service.correctDate(input);
  }
}
