import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { ConventionForm, type ConventionFormMode } from './convention-form';
import { conventionValuesFrom, newConventionValues, versionValuesFrom } from './convention-form-values';
import { conventionQueryKey, cooperationQueryKey, organisationOptionsQueryKey } from './cooperations-query-keys';
import { ConventionQuery, CooperationQuery, OrganisationOptionsQuery } from './cooperations.operations';
import { organisationSelectOptions } from './organisation-select-options';

interface ConventionFormPageProps {
  /** create: /cooperations/:id/conventions/nouvelle; edit: /conventions/:id/modifier; version: /conventions/:id/nouvelle-version. */
  purpose: 'create' | 'edit' | 'version';
}

export function ConventionFormPage({ purpose }: ConventionFormPageProps) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const viewer = useAuthenticatedViewer();
  const versionKind = search.get('type') === 'renouvellement' ? 'RENEWAL' : 'AMENDMENT';
  const organisations = useQuery({ queryKey: organisationOptionsQueryKey, queryFn: () => request(OrganisationOptionsQuery) });
  const cooperation = useQuery({ queryKey: cooperationQueryKey(id), queryFn: () => request(CooperationQuery, { id }), enabled: purpose === 'create' });
  const convention = useQuery({ queryKey: conventionQueryKey(id), queryFn: () => request(ConventionQuery, { id }), enabled: purpose !== 'create' });
  const source = purpose === 'create' ? cooperation : convention;
  const loadError = organisations.error ?? source.error;
  const ready = organisations.isSuccess && source.isSuccess;
  const existing = convention.data?.convention;
  const title =
    purpose === 'create' ? t('conventionForm.newTitle') : purpose === 'edit' ? t('conventionForm.editTitle') : t(versionKind === 'RENEWAL' ? 'conventionForm.renewTitle' : 'conventionForm.amendTitle');
  const blocked =
    purpose === 'edit' && existing && existing.status !== 'DRAFT'
      ? t('conventionForm.notDraft')
      : purpose === 'version' && existing && existing.status !== 'SIGNED'
        ? t('conventionForm.notSigned')
        : purpose === 'version' && existing?.nextVersionId
          ? t('conventionForm.alreadyFollowed', { version: existing.versionNumber + 1 })
          : null;
  const mode: ConventionFormMode =
    purpose === 'create' ? { kind: 'create', cooperationId: id } : purpose === 'edit' ? { kind: 'edit', conventionId: id } : { kind: 'version', previousId: id };
  const back = purpose === 'create' ? `/cooperations/${id}` : `/conventions/${id}`;

  return (
    <div className="form-page form-page--wide">
      <PageHeading title={title} />
      <p className="lead">{cooperation.data?.cooperation.name ?? (existing ? `${existing.cooperationName} — ${existing.title}` : '')}</p>
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
          {blocked && (
            <ErrorNotice>
              <p>{blocked}</p>
              <p>
                <Link to={back}>{t('conventionForm.backToConvention')}</Link>
              </p>
            </ErrorNotice>
          )}
          {ready && !blocked && (
            <ConventionForm
              mode={mode}
              initial={() => {
                if (purpose === 'create') {
                  const partner = cooperation.data?.cooperation.partnerOrganisation ?? null;
                  return newConventionValues(viewer.currentTenant.name, partner);
                }
                return purpose === 'edit' ? conventionValuesFrom(existing!, i18n.language) : versionValuesFrom(existing!, versionKind, i18n.language);
              }}
              organisations={organisationSelectOptions(organisations.data)}
              onSaved={(saved) => void navigate(`/conventions/${saved.id}`, { state: { saved: purpose === 'edit' ? 'updated' : 'created' } })}
              onCancel={() => void navigate(back)}
            />
          )}
        </>
      )}
    </div>
  );
}
