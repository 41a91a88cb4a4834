import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';

interface RequireAdminProps {
  children: ReactNode;
}

/** The API refuses these operations to other roles anyway; this only spares them a page of errors. */
export function RequireAdmin({ children }: RequireAdminProps) {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  if (viewer.role === 'ADMIN') return children;
  return (
    <>
      <PageHeading title={t('administration.forbiddenTitle')} />
      <p>{t('administration.forbidden')}</p>
    </>
  );
}
