import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { CooperationForm } from './cooperation-form';
import { cooperationQueryKey, organisationOptionsQueryKey } from './cooperations-query-keys';
import { CooperationQuery, OrganisationOptionsQuery } from './cooperations.operations';
import { organisationSelectOptions } from './organisation-select-options';

/** /cooperations/nouvelle and /cooperations/:id/modifier. */
export function CooperationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const viewer = useAuthenticatedViewer();
  const organisations = useQuery({ queryKey: organisationOptionsQueryKey, queryFn: () => request(OrganisationOptionsQuery) });
  const cooperation = useQuery({ queryKey: cooperationQueryKey(id ?? ''), queryFn: () => request(CooperationQuery, { id: id! }), enabled: id !== undefined });
  const loadError = organisations.error ?? cooperation.error;
  const ready = organisations.isSuccess && (id === undefined || cooperation.isSuccess);
  const title = id ? t('cooperationForm.editTitle') : t('cooperationForm.newTitle');

  return (
    <div className="form-page">
      <PageHeading title={title} />
      {cooperation.data && <p className="lead">{cooperation.data.cooperation.name}</p>}
      {!canEditRecords(viewer.role) ? (
        <ErrorNotice title={t('common.forbiddenTitle')}>
          <p>{t('common.forbiddenEdit')}</p>
        </ErrorNotice>
      ) : (
        <>
          {loadError && (
            <ErrorNotice title={t('errors.loadFailed')}>
              <p>{apiErrorMessage(loadError, t)}</p>
            </ErrorNotice>
          )}
          {!ready && !loadError && <LoadingStatus label={t('common.loading')} />}
          {ready && (
            <CooperationForm
              cooperation={cooperation.data?.cooperation}
              organisations={organisationSelectOptions(organisations.data)}
              onSaved={(saved) => void navigate(`/cooperations/${saved.id}`, { state: { saved: id ? 'updated' : 'created' } })}
              onCancel={() => void navigate(id ? `/cooperations/${id}` : '/cooperations')}
            />
          )}
        </>
      )}
    </div>
  );
}
