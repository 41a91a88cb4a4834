import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../graphql/api-error';
import { setCsrfToken } from '../graphql/csrf-token';
import { viewerQueryKey } from '../features/auth/use-viewer';

/** Only failures that may go away by themselves are worth retrying; a refusal or an input error is final. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.code !== 'NETWORK_ERROR' && error.code !== 'INTERNAL_SERVER_ERROR') return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session expired or was revoked while the page was open: forget it, and RequireAuth sends the
        // person to the login page (with the way back).
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          setCsrfToken(null);
          queryClient.setQueryData(viewerQueryKey, null);
        }
      },
    }),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
