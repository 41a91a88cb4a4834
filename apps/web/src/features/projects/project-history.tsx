import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { AuditEventRow } from '../audit/audit-event-row';
import { projectAuditQueryKey } from './projects-query-keys';
import { ProjectAuditEventsQuery } from './projects.operations';

const PAGE_SIZE = 50;

/**
 * Every event of the audit journal about the project and what hangs on it: its participations, deliberations,
 * documents (administrators and evaluators only, as the journal itself; an evaluator's narrower view comes from
 * the database).
 */
export function ProjectHistory({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const events = useInfiniteQuery({
    queryKey: projectAuditQueryKey(projectId),
    queryFn: ({ pageParam }) => request(ProjectAuditEventsQuery, { projectId, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditEvents.pageInfo.hasNextPage ? last.auditEvents.pageInfo.endCursor : null),
  });
  const rows = events.data?.pages.flatMap((page) => page.auditEvents.edges.map((edge) => edge.node)) ?? [];

  return (
    <section aria-labelledby="history-title" aria-busy={events.isFetching}>
      <h2 id="history-title" className="section__title">
        {t('projectHistory.title')}
      </h2>
      {events.isPending && <LoadingStatus label={t('audit.loading')} />}
      {events.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(events.error, t)}</p>
        </ErrorNotice>
      )}
      {events.isSuccess && rows.length === 0 && <p className="empty-state empty-state--compact">{t('audit.empty')}</p>}
      {rows.length > 0 && (
        <div className="table-wrapper" role="region" aria-label={t('projectHistory.title')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('projectHistory.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.date')}</th>
                <th scope="col">{t('audit.person')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <AuditEventRow key={event.id} event={event} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {events.hasNextPage && (
        <button type="button" className="button button--secondary load-more" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage} aria-busy={events.isFetchingNextPage}>
          {events.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </button>
      )}
    </section>
  );
}
