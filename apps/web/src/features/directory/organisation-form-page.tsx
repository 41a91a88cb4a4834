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
import { organisationQueryKey } from './directory-query-keys';
import { OrganisationQuery } from './directory.operations';
import { OrganisationForm } from './organisation-form';

/** /annuaire/nouvelle and /annuaire/:id/modifier. */
export function OrganisationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const viewer = useAuthenticatedViewer();
  const organisation = useQuery({ queryKey: organisationQueryKey(id ?? ''), queryFn: () => request(OrganisationQuery, { id: id! }), enabled: id !== undefined });
  const ready = id === undefined || organisation.isSuccess;

  return (
    <div className="form-page">
      <PageHeading title={id ? t('organisationForm.editTitle') : t('organisationForm.newTitle')} />
      {organisation.data && <p className="lead">{organisation.data.organisation.name}</p>}
      {!canEditRecords(viewer.role) ? (
        <ErrorNotice title={t('common.forbiddenTitle')}>
          <p>{t('common.forbiddenEdit')}</p>
        </ErrorNotice>
      ) : (
        <>
          {organisation.isError && (
            <ErrorNotice title={t('errors.loadFailed')}>
              <p>{apiErrorMessage(organisation.error, t)}</p>
            </ErrorNotice>
          )}
          {!ready && !organisation.isError && <LoadingStatus label={t('common.loading')} />}
          {ready && (
            <OrganisationForm
              organisation={organisation.data?.organisation}
              onSaved={(saved) => void navigate(`/annuaire/${saved.id}`, { state: { saved: id ? 'updated' : 'created' } })}
              onCancel={() => void navigate(id ? `/annuaire/${id}` : '/annuaire')}
            />
          )}
        </>
      )}
    </div>
  );
}
