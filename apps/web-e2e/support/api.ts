import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A GraphQL call made by the page itself, with its session cookie and the CSRF token the API gave it. */
export async function graphqlFromPage(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const post = async (body: unknown, headers: Record<string, string> = {}) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        return response.json();
      };
      const viewer = await post({ query: 'query { viewer { csrfToken } }' });
      return post({ query, variables }, { 'x-csrf-token': viewer.data.viewer.csrfToken });
    },
    { query, variables },
  );
}

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
