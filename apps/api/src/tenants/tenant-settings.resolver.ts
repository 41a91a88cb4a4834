import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { sirenField } from '@passerelles/shared/schemas/account.schemas';
import {
  serviceRevenuesSchema,
  updateTenantSchema,
  type ServiceRevenuesValues,
  type UpdateTenantValues,
} from '@passerelles/shared/schemas/tenant-settings.schemas';
import { AnyMember, Roles } from '../auth/access.decorators';
import { clientInfo } from '../graphql/client-info';
import type { GraphQLContext } from '../graphql/graphql-context';
import { validateWith } from '../validation/zod-validation.pipe';
import { ServiceRevenuesInput } from './dto/service-revenues.input';
import { UpdateTenantInput } from './dto/update-tenant.input';
import { CollectivityLookup, ServiceRevenue, TenantSettings } from './models/tenant-settings.model';
import { Tenant } from './models/tenant.model';
import { TenantSettingsService } from './tenant-settings.service';

@Resolver(() => TenantSettings)
export class TenantSettingsResolver {
  constructor(private readonly settings: TenantSettingsService) {}

  @AnyMember()
  @Query(() => TenantSettings, { description: 'Paramètres de la collectivité courante.' })
  tenantSettings(): Promise<TenantSettings> {
    return this.settings.get();
  }

  @Roles('ADMIN')
  @Mutation(() => Tenant)
  updateTenant(@Args('input', { type: () => UpdateTenantInput }, validateWith(updateTenantSchema)) input: UpdateTenantValues): Promise<Tenant> {
    return this.settings.updateTenant(input);
  }

  @Roles('ADMIN')
  @Mutation(() => ServiceRevenue, { description: "Enregistre les recettes d'une année (remplace celles déjà saisies)." })
  setServiceRevenues(@Args('input', { type: () => ServiceRevenuesInput }, validateWith(serviceRevenuesSchema)) input: ServiceRevenuesValues): Promise<ServiceRevenue> {
    return this.settings.setServiceRevenues(input);
  }

  @Roles('ADMIN', 'TECHNICIAN')
  @Query(() => CollectivityLookup, { nullable: true, description: 'Trouve une collectivité inscrite par son SIREN.' })
  findCollectivity(@Args('siren', validateWith(sirenField)) siren: string, @Context() ctx: GraphQLContext): Promise<CollectivityLookup | null> {
    return this.settings.findCollectivity(siren, clientInfo(ctx));
  }
}
