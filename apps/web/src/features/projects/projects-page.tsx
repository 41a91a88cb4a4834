import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { canEditRecords } from '../../lib/permissions';
import { PageHeading } from '../../ui/page-heading';
import { PagedResults } from '../../ui/paged-results';
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
  const location = useLocation();
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  const [search, setSearch] = useSearchParams();
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
      <StatusMessage message={deleted ? t('projects.deleted', { project: deleted }) : null} />
      <ProjectInvitationsPanel canRespond={viewer.role === 'ADMIN'} />
      {!nothingAtAll && (
        <ProjectFilters
          criteria={criteria}
          onApply={(next) => setSearch(searchFrom(next))}
        />
      )}
      <PagedResults
        query={projects}
        loadingLabel={t('projects.loading')}
        count={countText}
        hasRows={rows.length > 0}
        empty={
          filtered ? (
            <p className="empty-state empty-state--compact">{t('projects.noMatch')}</p>
          ) : (
            <div className="empty-state">
              <p className="empty-state__title">{t('projects.empty')}</p>
              <p>{t('projects.emptyHint')}</p>
            </div>
          )
        }
      >
        <div className="table-wrapper" role="region" aria-labelledby="projects-caption" tabIndex={0}>
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
      </PagedResults>
    </>
  );
}
