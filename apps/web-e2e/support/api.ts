import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { graphqlFromPage } from './graphql-from-page';

export function projectInput(code: string, title: string) {
  return {
    code,
    title,
    summary: 'Accès à l’eau potable de trois quartiers.',
    engagementMode: 'MUTUALISED',
    actionKind: 'DECENTRALISED_COOPERATION',
    thematicDomains: ['WATER_SANITATION'],
    sectors: [{ sectorCode: '14030', percentage: '100' }],
    sdgs: [{ goal: 6, target: '6.1' }],
    countryCodes: ['BF'],
  };
}

/** Creates a project through the API as the signed-in editor (the form itself has its own browser test). */
export async function createProject(page: Page, code: string, title: string): Promise<string> {
  const result = await graphqlFromPage(page, 'mutation ($input: ProjectInput!) { createProject(input: $input) { id } }', { input: projectInput(code, title) });
  expect(result.errors, 'project creation').toBeUndefined();
  return (result.data!.createProject as { id: string }).id;
}
