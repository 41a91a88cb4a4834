import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../../graphql/generated/graphql';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';

interface RequireRoleProps {
  roles: readonly MemberRole[];
  children: ReactNode;
}

/** The API refuses other roles anyway; this spares them a page of errors and says why. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  if (roles.includes(viewer.role)) return children;
  return (
    <>
      <PageHeading title={t('administration.forbiddenTitle')} />
      <p>{t('access.restricted')}</p>
    </>
  );
}
