import { ApiTestClient } from '../../../test/api-test-client';
import { invitationSecretFromOutbox } from '../../../test/owner-database';
import { uniqueSiren } from '../../../test/test-environment';

const SET_REVENUES = 'mutation R($input: ServiceRevenuesInput!) { setServiceRevenues(input: $input) { year waterRevenue sanitationRevenue wasteRevenue energyRevenue } }';

describe('collectivité settings', () => {
  let api: ApiTestClient;

  beforeAll(async () => {
    api = await ApiTestClient.start();
  });
  afterAll(() => api.close());

  it('records the yearly revenues of the water, sanitation, waste and energy services, exactly', async () => {
    const admin = await api.signUp();
    await api.graphql(SET_REVENUES, { input: { year: 2025, waterRevenue: '12 500 000,10', sanitationRevenue: '8000000', wasteRevenue: null, energyRevenue: '0.1' } }, admin);
    await api.graphql(SET_REVENUES, { input: { year: 2024, waterRevenue: '12000000' } }, admin);
    const updated = await api.graphql<{ setServiceRevenues: unknown }>(SET_REVENUES, { input: { year: 2025, waterRevenue: '12500000.20', sanitationRevenue: '8000000' } }, admin);
    expect(updated.data!.setServiceRevenues).toEqual({ year: 2025, waterRevenue: '12500000.20', sanitationRevenue: '8000000.00', wasteRevenue: null, energyRevenue: null });
    const settings = await api.graphql<{ tenantSettings: { serviceRevenues: { year: number }[] } }>('{ tenantSettings { serviceRevenues { year } } }', {}, admin);
    expect(settings.data!.tenantSettings.serviceRevenues.map((revenue) => revenue.year)).toEqual([2025, 2024]);
  });

  it('refuses negative or malformed amounts and absurd years', async () => {
    const admin = await api.signUp();
    const response = await api.graphql(SET_REVENUES, { input: { year: 1850, waterRevenue: '-5', sanitationRevenue: '1.234' } }, admin);
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'year', message: 'La valeur doit être supérieure ou égale à 2000.' },
      { field: 'waterRevenue', message: 'Le montant ne peut pas être négatif.' },
      { field: 'sanitationRevenue', message: 'Montant invalide : des chiffres, avec au plus deux décimales.' },
    ]);
  });

  it('updates kind, SIREN and région; a taken SIREN is a conflict; only admins may', async () => {
    const admin = await api.signUp();
    const other = await api.signUp();
    const siren = uniqueSiren();
    const updated = await api.graphql<{ updateTenant: { kind: string; siren: string; regionCode: string } }>(
      'mutation U($input: UpdateTenantInput!) { updateTenant(input: $input) { kind siren regionCode } }',
      { input: { name: 'Communauté de communes du Trégor', kind: 'INTERCOMMUNALITE', siren, regionCode: '53' } },
      admin,
    );
    expect(updated.data!.updateTenant).toEqual({ kind: 'INTERCOMMUNALITE', siren, regionCode: '53' });
    const taken = await api.graphql('mutation U($input: UpdateTenantInput!) { updateTenant(input: $input) { siren } }', { input: { name: 'Autre', kind: 'COMMUNE', siren, regionCode: '53' } }, other);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SIREN_TAKEN' });
    const technician = await api.addMember(admin, 'TECHNICIAN', invitationSecretFromOutbox);
    const forbidden = await api.graphql(SET_REVENUES, { input: { year: 2025 } }, technician);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('finds another collectivité by SIREN with its name only', async () => {
    const admin = await api.signUp();
    const other = await api.signUp({ tenantName: 'Département du Finistère (test)' });
    const siren = (await api.graphql<{ tenantSettings: { tenant: { siren: string } } }>('{ tenantSettings { tenant { siren } } }', {}, other)).data!.tenantSettings.tenant.siren;
    const found = await api.graphql<{ findCollectivity: { name: string; siren: string } }>('query F($siren: String!) { findCollectivity(siren: $siren) { name siren } }', { siren }, admin);
    expect(found.data!.findCollectivity).toEqual({ name: 'Département du Finistère (test)', siren });
  });
});
