import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COOPERATION_STATUSES, cooperationSchema, type CooperationValues } from '@passerelles/shared/schemas/cooperation.schemas';
import { searchTextFilter } from '@passerelles/shared/schemas/common-fields';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { pageArgsSchema } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { CooperationService } from './cooperation.service';
import { CooperationInput, CooperationsArgs } from './dto/cooperation.input';
import { Cooperation, CooperationConnection } from './models/cooperation.model';

const cooperationsArgsSchema = z
  .object({
    text: searchTextFilter,
    countryCode: z.string().trim().toUpperCase().length(2).nullish(),
    status: z.enum(COOPERATION_STATUSES).nullish(),
  })
  .and(pageArgsSchema);

@Resolver(() => Cooperation)
export class CooperationResolver {
  constructor(private readonly service: CooperationService) {}

  @AnyMember()
  @Query(() => CooperationConnection)
  cooperations(@Args({ type: () => CooperationsArgs }, validateWith(cooperationsArgsSchema)) args: z.infer<typeof cooperationsArgsSchema>): Promise<CooperationConnection> {
    return this.service.listCooperations(
      { text: args.text || undefined, countryCode: args.countryCode ?? undefined, status: args.status ?? undefined },
      { first: args.first, after: args.after },
    );
  }

  @AnyMember()
  @Query(() => Cooperation)
  cooperation(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Cooperation> {
    return this.service.getCooperation(id);
  }

  @Roles('ADMIN', 'TECHNICIAN')
  @Mutation(() => Cooperation)
  createCooperation(@Args('input', { type: () => CooperationInput }, validateWith(cooperationSchema)) input: CooperationValues): Promise<Cooperation> {
    return this.service.createCooperation(input);
  }

  @Roles('ADMIN', 'TECHNICIAN')
  @Mutation(() => Cooperation)
  updateCooperation(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => CooperationInput }, validateWith(cooperationSchema)) input: CooperationValues,
  ): Promise<Cooperation> {
    return this.service.updateCooperation(id, input);
  }
}
