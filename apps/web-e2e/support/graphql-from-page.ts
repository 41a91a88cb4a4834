import type { Page } from '@playwright/test';

export interface PageGraphqlResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** A GraphQL call made by the page itself, with its session cookie and the CSRF token the API gave it. */
export async function graphqlFromPage(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<PageGraphqlResult> {
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

/** The data of a call that must succeed (the test stops with the API's errors otherwise). */
export async function mutateFromPage<T>(page: Page, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const result = await graphqlFromPage(page, query, variables);
  if (!result.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
  return result.data[field] as T;
}
