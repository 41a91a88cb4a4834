import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { Badge } from '../../ui/badge';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PAGE_HEADING_ID, PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { organisationQueryKey, organisationsQueryKey } from './directory-query-keys';
import { OrganisationQuery, SetOrganisationArchivedMutation } from './directory.operations';
import { OrganisationContacts } from './organisation-contacts';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const viewer = useAuthenticatedViewer();
  const queryClient = useQueryClient();
  const canEdit = canEditRecords(viewer.role);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const focus = useFocusRequest();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const query = useQuery({ queryKey: organisationQueryKey(id), queryFn: () => request(OrganisationQuery, { id }) });
  const organisation = query.data?.organisation;
  const archive = useMutation({
    mutationFn: (archived: boolean) => request(SetOrganisationArchivedMutation, { id, archived }),
    onSuccess: async (result) => {
      queryClient.setQueryData(organisationQueryKey(id), { organisation: result.setOrganisationArchived });
      setConfirmArchive(false);
      setAnnouncement(t(result.setOrganisationArchived.archived ? 'organisation.archivedDone' : 'organisation.restoredDone'));
      // The button pressed gives way to its opposite: focus goes to the page's heading rather than to <body>.
      focus(PAGE_HEADING_ID);
      await queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
    },
  });
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const message = announcement ?? (saved ? t(saved === 'created' ? 'organisation.created' : 'organisation.updated') : null);
  const none = <span className="table__muted">{t('common.none')}</span>;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/annuaire">{t('organisation.backToList')}</Link>
      </p>
      <PageHeading title={organisation?.name ?? t('organisation.title')} />
      {query.isPending && <LoadingStatus label={t('common.loading')} />}
      {query.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(query.error, t)}</p>
        </ErrorNotice>
      )}
      <StatusMessage message={message} />
      {organisation && (
        <>
          <div className="page-meta">
            <p className="page-meta__badges">
              <Badge tone="info">{t(`enums.organisationKind.${organisation.kind}`)}</Badge>
              {organisation.archived && <Badge tone="neutral">{t('directory.archived')}</Badge>}
            </p>
            {canEdit && (
              <div className="button-group">
                <Link to={`/annuaire/${organisation.id}/modifier`} className="button button--secondary">
                  {t('common.edit')}
                </Link>
                {organisation.archived ? (
                  <button type="button" className="button button--secondary" onClick={() => archive.mutate(false)} disabled={archive.isPending}>
                    {t('organisation.restore')}
                  </button>
                ) : (
                  <button type="button" className="button button--secondary button--danger-outline" onClick={() => setConfirmArchive(true)}>
                    {t('organisation.archive')}
                  </button>
                )}
              </div>
            )}
          </div>
          {archive.isError && !confirmArchive && (
            <p className="field__error" role="alert">
              {apiErrorMessage(archive.error, t)}
            </p>
          )}
          <dl className="summary-list">
            <div>
              <dt>{t('organisationForm.acronym')}</dt>
              <dd>{organisation.acronym || none}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.country')}</dt>
              <dd>{organisation.countryName}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.iatiType')}</dt>
              <dd>
                {organisation.iatiTypeName} ({organisation.iatiTypeCode})
              </dd>
            </div>
            <div>
              <dt>{t('organisationForm.iatiIdentifier')}</dt>
              <dd>{organisation.iatiIdentifier || none}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.website')}</dt>
              <dd>{organisation.website ? <a href={organisation.website}>{organisation.website}</a> : none}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.email')}</dt>
              <dd>{organisation.email ? <a href={`mailto:${organisation.email}`}>{organisation.email}</a> : none}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.phone')}</dt>
              <dd>{organisation.phone || none}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.address')}</dt>
              <dd className="prewrap">{organisation.address || none}</dd>
            </div>
            <div>
              <dt>{t('organisationForm.notes')}</dt>
              <dd className="prewrap">{organisation.notes || none}</dd>
            </div>
          </dl>
          <OrganisationContacts organisation={organisation} canEdit={canEdit} />
          <ConfirmDialog
            open={confirmArchive}
            title={t('organisation.archiveTitle', { name: organisation.name })}
            confirmLabel={t('organisation.archive')}
            cancelLabel={t('common.cancel')}
            busy={archive.isPending}
            onCancel={() => {
              archive.reset();
              setConfirmArchive(false);
            }}
            onConfirm={() => archive.mutate(true)}
          >
            <p>{t('organisation.archiveText')}</p>
            {archive.isError && (
              <p className="field__error" role="alert">
                {apiErrorMessage(archive.error, t)}
              </p>
            )}
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
