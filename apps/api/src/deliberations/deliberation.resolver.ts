import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DELIBERATION_STATUSES } from '@passerelles/domain/deliberation-rules';
import {
  changeDeliberationStatusSchema,
  deliberationSchema,
  type ChangeDeliberationStatusValues,
  type DeliberationValues,
} from '@passerelles/shared/schemas/deliberation.schemas';
import { searchTextFilter } from '@passerelles/shared/schemas/common-fields';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { pageArgsSchema } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { DeliberationService } from './deliberation.service';
import { ChangeDeliberationStatusInput, DeliberationInput, DeliberationsArgs } from './dto/deliberation.input';
import { Deliberation, DeliberationConnection } from './models/deliberation.model';

const deliberationsArgsSchema = z
  .object({
    text: searchTextFilter,
    statuses: z.array(z.enum(DELIBERATION_STATUSES)).max(6).nullish(),
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

  @Roles('ADMIN', 'TECHNICIAN')
  @Mutation(() => Deliberation)
  createDeliberation(@Args('input', { type: () => DeliberationInput }, validateWith(deliberationSchema)) input: DeliberationValues): Promise<Deliberation> {
    return this.service.create(input);
  }

  @Roles('ADMIN', 'TECHNICIAN')
  @Mutation(() => Deliberation)
  updateDeliberation(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => DeliberationInput }, validateWith(deliberationSchema)) input: DeliberationValues,
  ): Promise<Deliberation> {
    return this.service.update(id, input);
  }

  @Roles('ADMIN', 'TECHNICIAN')
  @Mutation(() => Deliberation)
  changeDeliberationStatus(
    @Args('input', { type: () => ChangeDeliberationStatusInput }, validateWith(changeDeliberationStatusSchema)) input: ChangeDeliberationStatusValues,
  ): Promise<Deliberation> {
    return this.service.changeStatus(input);
  }
}
