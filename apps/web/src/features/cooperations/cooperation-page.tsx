import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatCalendarDate } from '../../lib/format-date';
import { canEditRecords } from '../../lib/permissions';
import { Badge } from '../../ui/badge';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DocumentsSection } from '../documents/documents-section';
import { ConventionsTable } from './conventions-table';
import { cooperationQueryKey } from './cooperations-query-keys';
import { CooperationQuery } from './cooperations.operations';

export function CooperationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const viewer = useAuthenticatedViewer();
  const canEdit = canEditRecords(viewer.role);
  const query = useQuery({ queryKey: cooperationQueryKey(id), queryFn: () => request(CooperationQuery, { id }) });
  const cooperation = query.data?.cooperation;
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const none = <span className="table__muted">{t('common.none')}</span>;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cooperations">{t('cooperations.backToList')}</Link>
      </p>
      <PageHeading title={cooperation?.name ?? t('cooperations.one')} />
      {query.isPending && <LoadingStatus label={t('common.loading')} />}
      {query.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(query.error, t)}</p>
        </ErrorNotice>
      )}
      <StatusMessage message={saved ? t(saved === 'created' ? 'cooperations.created' : 'cooperations.updated') : null} />
      {cooperation && (
        <>
          <div className="page-meta">
            <p className="page-meta__badges">
              <Badge tone={cooperation.status === 'ACTIVE' ? 'success' : cooperation.status === 'SUSPENDED' ? 'warning' : 'neutral'}>
                {t(`enums.cooperationStatus.${cooperation.status}`)}
              </Badge>
            </p>
            {canEdit && (
              <Link to={`/cooperations/${cooperation.id}/modifier`} className="button button--secondary">
                {t('cooperations.edit')}
              </Link>
            )}
          </div>
          <dl className="summary-list">
            <div>
              <dt>{t('cooperationForm.partnerTerritory')}</dt>
              <dd>{cooperation.partnerTerritory}</dd>
            </div>
            <div>
              <dt>{t('cooperationForm.country')}</dt>
              <dd>{cooperation.countryName}</dd>
            </div>
            <div>
              <dt>{t('cooperationForm.partnerOrganisation')}</dt>
              <dd>{cooperation.partnerOrganisation ? <Link to={`/annuaire/${cooperation.partnerOrganisation.id}`}>{cooperation.partnerOrganisation.name}</Link> : none}</dd>
            </div>
            <div>
              <dt>{t('cooperationForm.startedOn')}</dt>
              <dd>{cooperation.startedOn ? formatCalendarDate(cooperation.startedOn, i18n.language) : none}</dd>
            </div>
            <div>
              <dt>{t('cooperationForm.description')}</dt>
              <dd className="prewrap">{cooperation.description || none}</dd>
            </div>
          </dl>

          <section className="section" aria-labelledby="cooperation-conventions">
            <div className="section-header">
              <h2 id="cooperation-conventions" className="section__title">
                {t('conventions.title')}
              </h2>
              {canEdit && (
                <Link to={`/cooperations/${cooperation.id}/conventions/nouvelle`} className="button button--primary">
                  {t('conventions.new')}
                </Link>
              )}
            </div>
            {cooperation.conventions.length === 0 ? (
              <p className="empty-state empty-state--compact">{t('conventions.emptyForCooperation')}</p>
            ) : (
              <ConventionsTable conventions={cooperation.conventions} caption={t('conventions.ofCooperation', { name: cooperation.name })} />
            )}
          </section>
          <DocumentsSection ownerType="COOPERATION" ownerId={cooperation.id} />
        </>
      )}
    </>
  );
}
