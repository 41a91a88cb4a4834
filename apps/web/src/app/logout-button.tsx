import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../graphql/graphql-client';
import { startSession } from '../features/auth/use-viewer';
import { LogoutMutation } from '../features/auth/viewer.operations';

export function LogoutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () => request(LogoutMutation),
    // Even if the API call fails (session already gone, network down), nothing of the session stays in the page.
    // RequireAuth then leads to the login page: navigating from here too would race with its redirect.
    onSettled: () => startSession(queryClient, null, 'logout'),
  });

  return (
    <button type="button" className="button button--secondary" onClick={() => logout.mutate()} disabled={logout.isPending} aria-busy={logout.isPending}>
      {logout.isPending ? t('header.loggingOut') : t('header.logout')}
    </button>
  );
}
