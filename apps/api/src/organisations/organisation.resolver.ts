import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ORGANISATION_KINDS,
  organisationContactSchema,
  organisationSchema,
  type OrganisationContactValues,
  type OrganisationValues,
} from '@passerelles/shared/schemas/organisation.schemas';
import { searchTextFilter } from '@passerelles/shared/schemas/common-fields';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { pageArgsSchema } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { OrganisationContactInput, OrganisationInput, OrganisationsArgs } from './dto/organisation.input';
import { Organisation, OrganisationConnection, OrganisationContact } from './models/organisation.model';
import { OrganisationService } from './organisation.service';

const organisationsArgsSchema = z
  .object({
    text: searchTextFilter,
    kind: z.enum(ORGANISATION_KINDS).nullish(),
    countryCode: z.string().trim().toUpperCase().length(2).nullish(),
    includeArchived: z.boolean(),
  })
  .and(pageArgsSchema);

const EDITORS = ['ADMIN', 'TECHNICIAN'] as const;

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @AnyMember()
  @Query(() => OrganisationConnection, { description: "Annuaire des organisations de la collectivité, par ordre d'ajout." })
  organisations(@Args({ type: () => OrganisationsArgs }, validateWith(organisationsArgsSchema)) args: z.infer<typeof organisationsArgsSchema>): Promise<OrganisationConnection> {
    return this.service.list(
      { text: args.text ?? undefined, kind: args.kind ?? undefined, countryCode: args.countryCode ?? undefined, includeArchived: args.includeArchived },
      { first: args.first, after: args.after },
    );
  }

  @AnyMember()
  @Query(() => Organisation)
  organisation(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Organisation> {
    return this.service.get(id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Organisation)
  createOrganisation(@Args('input', { type: () => OrganisationInput }, validateWith(organisationSchema)) input: OrganisationValues): Promise<Organisation> {
    return this.service.create(input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Organisation)
  updateOrganisation(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => OrganisationInput }, validateWith(organisationSchema)) input: OrganisationValues,
  ): Promise<Organisation> {
    return this.service.update(id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Organisation, { description: "Archive (ou désarchive) : l'organisation disparaît des listes de choix sans être supprimée." })
  setOrganisationArchived(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string, @Args('archived') archived: boolean): Promise<Organisation> {
    return this.service.setArchived(id, archived);
  }

  @Roles(...EDITORS)
  @Mutation(() => OrganisationContact)
  addOrganisationContact(
    @Args('organisationId', { type: () => ID }, validateWith(z.uuid())) organisationId: string,
    @Args('input', { type: () => OrganisationContactInput }, validateWith(organisationContactSchema)) input: OrganisationContactValues,
  ): Promise<OrganisationContact> {
    return this.service.addContact(organisationId, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => OrganisationContact)
  updateOrganisationContact(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => OrganisationContactInput }, validateWith(organisationContactSchema)) input: OrganisationContactValues,
  ): Promise<OrganisationContact> {
    return this.service.updateContact(id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Boolean)
  removeOrganisationContact(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<boolean> {
    return this.service.removeContact(id);
  }
}
