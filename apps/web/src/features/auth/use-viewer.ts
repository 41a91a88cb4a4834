import { useQuery, type QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../graphql/csrf-token';
import type { ViewerFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { ViewerQuery } from './viewer.operations';

export type Viewer = ViewerFieldsFragment;

export const viewerQueryKey = ['viewer'] as const;

async function fetchViewer(): Promise<Viewer | null> {
  const { viewer } = await request(ViewerQuery);
  setCsrfToken(viewer?.csrfToken ?? null);
  return viewer;
}

/** The session, or null without one. Fetched once, then replaced by every mutation that returns a Viewer. */
export function useViewer() {
  return useQuery({ queryKey: viewerQueryKey, queryFn: fetchViewer, staleTime: 5 * 60_000 });
}

/** Below RequireAuth the session exists; this says so to the type checker. */
export function useAuthenticatedViewer(): Viewer {
  const { data } = useViewer();
  if (!data) throw new Error('useAuthenticatedViewer() used outside of RequireAuth');
  return data;
}

/** Stores a session returned by login, sign-up, invitation or tenant switch (or its end, with null). */
export function rememberViewer(queryClient: QueryClient, viewer: Viewer | null): void {
  setCsrfToken(viewer?.csrfToken ?? null);
  queryClient.setQueryData(viewerQueryKey, viewer);
}

/** Why there is no session any more: RequireAuth words its redirect after it. */
export type SessionEnd = 'logout' | null;
let sessionEnd: SessionEnd = null;

export function lastSessionEnd(): SessionEnd {
  return sessionEnd;
}

/**
 * A new session (another person, or another collectivité) must not see anything cached for the previous one:
 * every query and mutation result goes. The viewer entry itself is replaced in place rather than removed, because
 * the mounted components observing it (header, guards) would otherwise stay attached to the discarded entry.
 */
export function startSession(queryClient: QueryClient, viewer: Viewer | null, end: SessionEnd = null): void {
  sessionEnd = viewer ? null : end;
  const previousSession = { predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== viewerQueryKey[0] };
  void queryClient.cancelQueries(previousSession);
  queryClient.removeQueries(previousSession);
  queryClient.getMutationCache().clear();
  rememberViewer(queryClient, viewer);
}
