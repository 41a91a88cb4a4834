import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { apiErrorMessage } from '../lib/api-error-message';
import { loginPathFor } from '../lib/return-path';
import { ErrorNotice } from '../ui/error-notice';
import { LoadingStatus } from '../ui/loading-status';
import { lastSessionEnd, useViewer } from '../features/auth/use-viewer';
import { PublicLayout } from './public-layout';

interface RequireAuthProps {
  children: ReactNode;
}

/** Application pages need a session: without one, go to the login page and come back here afterwards. */
export function RequireAuth({ children }: RequireAuthProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const viewer = useViewer();

  if (viewer.isPending) {
    return (
      <PublicLayout busy>
        <LoadingStatus label={t('app.loadingSession')} />
      </PublicLayout>
    );
  }
  if (viewer.isError && viewer.data === undefined) {
    return (
      <PublicLayout>
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(viewer.error, t)}</p>
        </ErrorNotice>
      </PublicLayout>
    );
  }
  if (!viewer.data) {
    // After "Se déconnecter" the next person should not be sent back to the previous one's page.
    if (lastSessionEnd() === 'logout') return <Navigate to="/connexion" state={{ loggedOut: true }} replace />;
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}
