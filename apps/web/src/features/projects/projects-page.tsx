import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { ProjectFilters } from './project-filters';
import { criteriaFrom, filterFrom, hasFilters, searchFrom, sortFrom } from './project-list-filter';
import { ProjectInvitationsPanel } from './project-invitations-panel';
import { ProjectRow } from './project-row';
import { projectsQueryKey } from './projects-query-keys';
import { ProjectsQuery } from './projects.operations';

const PAGE_SIZE = 25;

export function ProjectsPage() {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  const [search, setSearch] = useSearchParams();
  const table = useRef<HTMLDivElement>(null);
  const criteria = criteriaFrom(search);
  const filter = filterFrom(criteria);
  const sort = sortFrom(criteria);
  const filtered = hasFilters(criteria);
  const projects = useInfiniteQuery({
    queryKey: [...projectsQueryKey, 'list', filter, sort],
    queryFn: ({ pageParam }) => request(ProjectsQuery, { filter, sort, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.projects.pageInfo.hasNextPage ? last.projects.pageInfo.endCursor : null),
  });

  const rows = projects.data?.pages.flatMap((page) => page.projects.edges.map((edge) => edge.node)) ?? [];
  const total = projects.data?.pages[0]?.projects.totalCount ?? 0;
  const nothingAtAll = projects.isSuccess && total === 0 && !filtered;
  // Announced when the criteria change or more rows arrive, without moving focus away from the form.
  const countText = projects.isSuccess && !nothingAtAll ? t('projects.count', { count: total, shown: rows.length }) : null;

  return (
    <>
      <div className="page-header">
        <PageHeading title={t('projects.title')} />
        {canEditRecords(viewer.role) && (
          <Link to="/projets/nouveau" className="button button--primary">
            {t('projects.new')}
          </Link>
        )}
      </div>
      <ProjectInvitationsPanel canRespond={viewer.role === 'ADMIN'} />
      {!nothingAtAll && (
        <ProjectFilters
          criteria={criteria}
          onApply={(next) => setSearch(searchFrom(next))}
        />
      )}
      <div aria-busy={projects.isFetching}>
        {projects.isPending && <LoadingStatus label={t('projects.loading')} />}
        {projects.isError && (
          <ErrorNotice title={t('errors.loadFailed')}>
            <p>{apiErrorMessage(projects.error, t)}</p>
          </ErrorNotice>
        )}
        {nothingAtAll && (
          <div className="empty-state">
            <p className="empty-state__title">{t('projects.empty')}</p>
            <p>{t('projects.emptyHint')}</p>
          </div>
        )}
        <StatusMessage message={countText} tone="info" />
        {projects.isSuccess && total === 0 && filtered && <p className="empty-state empty-state--compact">{t('projects.noMatch')}</p>}
        {rows.length > 0 && (
          <div ref={table} className="table-wrapper" role="region" aria-labelledby="projects-caption" tabIndex={0}>
            <table className="table">
              <caption id="projects-caption" className="sr-only">
                {t('projects.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('projects.code')}</th>
                  <th scope="col">{t('projects.projectTitle')}</th>
                  <th scope="col">{t('projects.status')}</th>
                  <th scope="col">{t('projects.countries')}</th>
                  <th scope="col">{t('projects.domains')}</th>
                  <th scope="col">{t('projects.lead')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((project) => (
                  <ProjectRow key={project.id} project={project} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {projects.hasNextPage && (
          <button
            type="button"
            className="button button--secondary load-more"
            onClick={async () => {
              const result = await projects.fetchNextPage();
              // The last page removes the button: keep focus on the list rather than losing it to <body>.
              if (!result.hasNextPage) table.current?.focus();
            }}
            disabled={projects.isFetchingNextPage}
            aria-busy={projects.isFetchingNextPage}
          >
            {projects.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </button>
        )}
      </div>
    </>
  );
}
