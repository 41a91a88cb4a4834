import type { ApiTestClient, TestSession } from './api-test-client';

/** Creates, through the real API, the cooperation data a test needs, and returns the ids. */
export class CooperationFixtures {
  constructor(private readonly api: ApiTestClient) {}

  private async mutate<T>(session: TestSession, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const response = await this.api.graphql<Record<string, T>>(query, variables, session);
    if (!response.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
    return response.data[field];
  }

  organisation(session: TestSession, overrides: Record<string, unknown> = {}) {
    return this.mutate<{ id: string; contacts: { id: string }[] }>(
      session,
      'mutation O($input: OrganisationInput!) { createOrganisation(input: $input) { id name contacts { id } } }',
      { input: { name: 'Commune de Bobo-Dioulasso', kind: 'FOREIGN_LOCAL_AUTHORITY', countryCode: 'BF', iatiTypeCode: '11', ...overrides } },
      'createOrganisation',
    );
  }

  contact(session: TestSession, organisationId: string) {
    return this.mutate<{ id: string }>(
      session,
      'mutation C($id: ID!, $input: OrganisationContactInput!) { addOrganisationContact(organisationId: $id, input: $input) { id } }',
      { id: organisationId, input: { name: 'Awa Ouédraogo', position: 'Directrice des services techniques', email: 'awa@example.bf' } },
      'addOrganisationContact',
    );
  }

  cooperation(session: TestSession, partnerOrganisationId: string | null = null) {
    return this.mutate<{ id: string }>(
      session,
      'mutation C($input: CooperationInput!) { createCooperation(input: $input) { id } }',
      { input: { name: 'Coopération Bretagne – Hauts-Bassins', partnerTerritory: 'Région des Hauts-Bassins', countryCode: 'BF', partnerOrganisationId } },
      'createCooperation',
    );
  }

  convention(session: TestSession, cooperationId: string, overrides: Record<string, unknown> = {}) {
    return this.mutate<{ id: string; status: string }>(
      session,
      'mutation C($input: CreateConventionInput!) { createConvention(input: $input) { id status } }',
      {
        input: {
          cooperationId,
          title: 'Convention de coopération 2025-2027',
          startsOn: '2025-01-01',
          endsOn: '2027-12-31',
          objectives: "Améliorer l'accès à l'eau potable",
          forecastCommitment: '150000',
          parties: [{ name: 'La collectivité' }, { name: 'Commune partenaire', expectedResults: 'Gestion du service de l’eau' }],
          ...overrides,
        },
      },
      'createConvention',
    );
  }

  signConvention(session: TestSession, conventionId: string, signedOn = '2025-01-15') {
    return this.mutate<{ id: string }>(session, 'mutation S($id: ID!, $on: String!) { signConvention(id: $id, signedOn: $on) { id } }', { id: conventionId, on: signedOn }, 'signConvention');
  }

  transmitConvention(session: TestSession, conventionId: string, transmittedOn = '2025-01-20') {
    return this.mutate<{ id: string }>(
      session,
      'mutation T($id: ID!, $on: String!) { recordConventionTransmission(id: $id, transmittedOn: $on) { id } }',
      { id: conventionId, on: transmittedOn },
      'recordConventionTransmission',
    );
  }

  /** Signed and transmitted to the préfet: in force between its dates. */
  async conventionInForce(session: TestSession, cooperationId: string, overrides: Record<string, unknown> = {}) {
    const convention = await this.convention(session, cooperationId, overrides);
    await this.signConvention(session, convention.id);
    await this.transmitConvention(session, convention.id);
    return convention;
  }

  project(session: TestSession, overrides: Record<string, unknown> = {}) {
    return this.mutate<{ id: string; code: string; status: string }>(
      session,
      'mutation P($input: ProjectInput!) { createProject(input: $input) { id code status } }',
      {
        input: {
          code: `P-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
          title: 'Accès à l’eau potable à Bobo-Dioulasso',
          engagementMode: 'DIRECT',
          actionKind: 'DECENTRALISED_COOPERATION',
          thematicDomains: ['WATER_SANITATION'],
          sectors: [{ sectorCode: '14030', percentage: '100' }],
          sdgs: [{ goal: 6, target: '6.1' }],
          countryCodes: ['BF'],
          plannedStart: '2025-03-01',
          plannedEnd: '2027-12-31',
          plannedBudget: '120000',
          ...overrides,
        },
      },
      'createProject',
    );
  }

  deliberation(session: TestSession, overrides: Record<string, unknown> = {}) {
    return this.mutate<{ id: string; status: string }>(
      session,
      'mutation D($input: DeliberationInput!) { createDeliberation(input: $input) { id status } }',
      {
        input: {
          number: `DEL-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
          title: 'Approbation de la convention de coopération',
          assembly: 'MUNICIPAL_COUNCIL',
          object: 'CONVENTION',
          sessionDate: '2025-02-10',
          ...overrides,
        },
      },
      'createDeliberation',
    );
  }

  changeDeliberationStatus(session: TestSession, deliberationId: string, status: string, date: string | null = '2025-02-10') {
    return this.mutate<{ id: string; status: string }>(
      session,
      'mutation S($input: ChangeDeliberationStatusInput!) { changeDeliberationStatus(input: $input) { id status } }',
      { input: { deliberationId, status, date } },
      'changeDeliberationStatus',
    );
  }

  /** Moves a deliberation through the whole workflow up to EXECUTORY. */
  async makeExecutory(session: TestSession, deliberationId: string): Promise<void> {
    for (const status of ['SCHEDULED', 'VOTED', 'TRANSMITTED', 'EXECUTORY']) await this.changeDeliberationStatus(session, deliberationId, status);
  }

  inviteToProject(session: TestSession, projectId: string, siren: string, role = 'PARTNER') {
    return this.mutate<{ id: string; status: string }>(
      session,
      'mutation I($input: InviteToProjectInput!) { inviteCollectivityToProject(input: $input) { id status } }',
      { input: { projectId, siren, role, contributions: role === 'PARTNER' ? [{ year: 2025, amount: '10000' }] : [] } },
      'inviteCollectivityToProject',
    );
  }

  respond(session: TestSession, participationId: string, accept: boolean) {
    return this.mutate<{ id: string; status: string }>(
      session,
      'mutation R($input: RespondToProjectInvitationInput!) { respondToProjectInvitation(input: $input) { id status } }',
      { input: { participationId, accept } },
      'respondToProjectInvitation',
    );
  }
}

export async function tenantSiren(api: ApiTestClient, session: TestSession): Promise<string> {
  const response = await api.graphql<{ tenantSettings: { tenant: { siren: string } } }>('{ tenantSettings { tenant { siren } } }', {}, session);
  return response.data!.tenantSettings.tenant.siren;
}
