import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { ConventionsTable } from '../cooperations/conventions-table';
import { conventionsQueryKey } from '../cooperations/cooperations-query-keys';
import { ConventionsQuery } from '../cooperations/cooperations.operations';

/** The conventions of the project's coopération (they belong to the lead collectivité). */
export function ProjectConventions({ project }: { project: ProjectDetailsFragment }) {
  const { t } = useTranslation();
  const cooperationId = project.isLead ? project.cooperationId : null;
  const conventions = useQuery({
    queryKey: [...conventionsQueryKey, 'cooperation', cooperationId],
    queryFn: () => request(ConventionsQuery, { cooperationId, first: 100 }),
    enabled: Boolean(cooperationId),
  });
  const list = conventions.data?.conventions.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="project-conventions-title">
      <h2 id="project-conventions-title" className="section__title">
        {t('project.tabs.conventions')}
      </h2>
      {!project.isLead ? (
        <p>{t('projectConventions.shared', { lead: project.leadName })}</p>
      ) : !cooperationId ? (
        <p className="empty-state empty-state--compact">{t('projectConventions.noCooperation')}</p>
      ) : (
        <>
          <p>
            {t('projectConventions.of')} <Link to={`/cooperations/${cooperationId}`}>{project.cooperationName}</Link>
          </p>
          {conventions.isPending && <LoadingStatus label={t('common.loading')} />}
          {conventions.isError && (
            <ErrorNotice title={t('errors.loadFailed')}>
              <p>{apiErrorMessage(conventions.error, t)}</p>
            </ErrorNotice>
          )}
          {conventions.isSuccess && list.length === 0 && <p className="empty-state empty-state--compact">{t('projectConventions.empty')}</p>}
          {list.length > 0 && <ConventionsTable conventions={list} caption={t('projectConventions.caption', { name: project.cooperationName ?? '' })} />}
        </>
      )}
    </section>
  );
}
