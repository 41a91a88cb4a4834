import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { ServiceRevenuesTable } from './service-revenues-table';
import { tenantSettingsQueryKey } from './settings-query-keys';
import { TenantSettingsQuery } from './settings.operations';
import { TenantForm } from './tenant-form';

/** Administration › Paramètres: the collectivité itself and the revenues of its public services. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: tenantSettingsQueryKey, queryFn: () => request(TenantSettingsQuery) });
  return (
    <>
      <PageHeading title={t('settings.title')} />
      <p className="lead">{t('settings.intro')}</p>
      {settings.isPending && <LoadingStatus label={t('common.loading')} />}
      {settings.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(settings.error, t)}</p>
        </ErrorNotice>
      )}
      {settings.data && (
        <>
          <TenantForm tenant={settings.data.tenantSettings.tenant} />
          <ServiceRevenuesTable revenues={settings.data.tenantSettings.serviceRevenues} />
        </>
      )}
    </>
  );
}
