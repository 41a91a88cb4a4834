import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  conventionSchema,
  conventionVersionSchema,
  createConventionSchema,
  prefectureTransmissionSchema,
  signConventionSchema,
  type ConventionValues,
  type ConventionVersionValues,
  type CreateConventionValues,
} from '@passerelles/shared/schemas/cooperation.schemas';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { pageArgsSchema } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { CooperationService } from './cooperation.service';
import { ConventionInput, ConventionVersionInput, CreateConventionInput } from './dto/convention.input';
import { ConventionsArgs } from './dto/cooperation.input';
import { ConventionValidityState } from './models/cooperation-enums';
import { Convention, ConventionConnection } from './models/convention.model';

const conventionsArgsSchema = z
  .object({ cooperationId: z.uuid().nullish(), validity: z.array(z.enum(ConventionValidityState)).max(8).nullish() })
  .and(pageArgsSchema);
const EDITORS = ['ADMIN', 'TECHNICIAN'] as const;

@Resolver(() => Convention)
export class ConventionResolver {
  constructor(private readonly service: CooperationService) {}

  @AnyMember()
  @Query(() => ConventionConnection, { description: 'Conventions de la collectivité, de la plus proche échéance à la plus lointaine.' })
  conventions(@Args({ type: () => ConventionsArgs }, validateWith(conventionsArgsSchema)) args: z.infer<typeof conventionsArgsSchema>): Promise<ConventionConnection> {
    return this.service.listConventions(
      { cooperationId: args.cooperationId ?? undefined, validity: args.validity ?? undefined },
      { first: args.first, after: args.after },
    );
  }

  @AnyMember()
  @Query(() => Convention)
  convention(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Convention> {
    return this.service.getConvention(id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Convention)
  createConvention(@Args('input', { type: () => CreateConventionInput }, validateWith(createConventionSchema)) input: CreateConventionValues): Promise<Convention> {
    return this.service.createConvention(input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Convention, { description: 'Modifie une convention non signée.' })
  updateConvention(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => ConventionInput }, validateWith(conventionSchema)) input: ConventionValues,
  ): Promise<Convention> {
    return this.service.updateConvention(id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Convention, { description: "Crée un avenant ou un renouvellement d'une convention signée." })
  createConventionVersion(
    @Args('previousId', { type: () => ID }, validateWith(z.uuid())) previousId: string,
    @Args('input', { type: () => ConventionVersionInput }, validateWith(conventionVersionSchema)) input: ConventionVersionValues,
  ): Promise<Convention> {
    return this.service.createVersion(previousId, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Convention)
  signConvention(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('signedOn', validateWith(signConventionSchema.shape.signedOn)) signedOn: string,
  ): Promise<Convention> {
    return this.service.sign(id, signedOn);
  }

  @Roles(...EDITORS)
  @Mutation(() => Convention, { description: 'Enregistre la date de transmission au préfet (contrôle de légalité).' })
  recordConventionTransmission(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('transmittedOn', validateWith(prefectureTransmissionSchema.shape.transmittedOn)) transmittedOn: string,
  ): Promise<Convention> {
    return this.service.recordPrefectureTransmission(id, transmittedOn);
  }

  @Roles('ADMIN')
  @Mutation(() => Convention)
  terminateConvention(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Convention> {
    return this.service.terminate(id);
  }
}
