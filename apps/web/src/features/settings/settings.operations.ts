import { graphql } from '../../graphql/generated/gql';

export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenantSettings {
      tenant {
        id
        name
        kind
        siren
        regionCode
      }
      serviceRevenues {
        year
        waterRevenue
        sanitationRevenue
        wasteRevenue
        energyRevenue
      }
    }
  }
`);

export const UpdateTenantMutation = graphql(`
  mutation UpdateTenant($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      id
      name
      kind
      siren
      regionCode
    }
  }
`);

export const SetServiceRevenuesMutation = graphql(`
  mutation SetServiceRevenues($input: ServiceRevenuesInput!) {
    setServiceRevenues(input: $input) {
      year
      waterRevenue
      sanitationRevenue
      wasteRevenue
      energyRevenue
    }
  }
`);
