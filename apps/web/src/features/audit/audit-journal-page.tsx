import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { PageHeading } from '../../ui/page-heading';
import { PagedResults } from '../../ui/paged-results';
import { auditEventsQueryKey } from '../members/members-query-keys';
import { AuditEventsQuery } from './audit.operations';
import { AuditEventRow } from './audit-event-row';

const PAGE_SIZE = 50;

export function AuditJournalPage() {
  const { t } = useTranslation();
  const events = useInfiniteQuery({
    queryKey: auditEventsQueryKey,
    queryFn: ({ pageParam }) => request(AuditEventsQuery, { first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditEvents.pageInfo.hasNextPage ? last.auditEvents.pageInfo.endCursor : null),
  });

  const rows = events.data?.pages.flatMap((page) => page.auditEvents.edges.map((edge) => edge.node)) ?? [];
  const total = events.data?.pages[0]?.auditEvents.totalCount ?? 0;
  // Announced after "Charger plus", so that the person knows new rows arrived without leaving the button.
  const countText = events.isSuccess && total > 0 ? t('audit.count', { count: total, shown: rows.length }) : null;

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <PagedResults
        query={events}
        loadingLabel={t('audit.loading')}
        count={countText}
        hasRows={rows.length > 0}
        empty={<p className="empty-state empty-state--compact">{t('audit.empty')}</p>}
        loadMoreLabel={t('audit.loadMore')}
        loadingMoreLabel={t('audit.loadingMore')}
      >
        <div className="table-wrapper" role="region" aria-label={t('audit.title')} tabIndex={0}>
          <table className="table">
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
      </PagedResults>
    </>
  );
}
