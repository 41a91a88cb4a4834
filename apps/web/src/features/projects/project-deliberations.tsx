import { canEdit } from '@passerelles/domain/member-role';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DeliberationsTable } from '../deliberations/deliberations-table';
import { deliberationsQueryKey } from '../deliberations/deliberations-query-keys';
import { DeliberationsQuery } from '../deliberations/deliberations.operations';
import { DeliberationCoveragePanel } from './deliberation-coverage-panel';

/**
 * The collectivité's own deliberations covering this project, and how far they cover its own share, year by year:
 * the lead covers its share of the spending, each partner its own contribution. An observer funds nothing.
 */
export function ProjectDeliberations({ project }: { project: ProjectDetailsFragment }) {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  const coverage = project.deliberationCoverage ?? null;
  const partner = !project.isLead && project.myParticipationRole === 'PARTNER';
  const funds = project.isLead || partner;
  // The lead's editors (the server says so on the project); a partner's editors cover their own contribution,
  // by the one definition of who edits that the API applies to deliberations (libs/domain).
  const canRecord = project.isLead ? project.canEdit : partner && canEdit(viewer.role);
  const deliberations = useQuery({
    queryKey: [...deliberationsQueryKey, 'project', project.id],
    queryFn: () => request(DeliberationsQuery, { projectId: project.id, first: 100 }),
    enabled: funds,
  });
  const list = deliberations.data?.deliberations.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="project-deliberations-title">
      <h2 id="project-deliberations-title" className="section__title">
        {t('project.tabs.deliberations')}
      </h2>
      {!funds ? (
        <p>{t('projectDeliberations.shared', { lead: project.leadName })}</p>
      ) : (
        <div className="stack">
          <p>{project.isLead ? t('projectDeliberations.introLead') : t('projectDeliberations.introPartner', { lead: project.leadName })}</p>
          {coverage && <DeliberationCoveragePanel coverage={coverage} partner={partner} />}
          <div>
            <h3 id="project-deliberations-list" className="subsection__title">
              {project.isLead ? t('projectDeliberations.listLead') : t('projectDeliberations.listPartner')}
            </h3>
            {canRecord && (
              <p>
                <Link to={`/deliberations/nouvelle?projet=${project.id}`} className="button button--secondary">
                  {project.isLead ? t('projectDeliberations.create') : t('projectDeliberations.createPartner')}
                </Link>
              </p>
            )}
            {deliberations.isPending && <LoadingStatus label={t('common.loading')} />}
            {deliberations.isError && (
              <ErrorNotice title={t('errors.loadFailed')}>
                <p>{apiErrorMessage(deliberations.error, t)}</p>
              </ErrorNotice>
            )}
            {deliberations.isSuccess && list.length === 0 && <p className="empty-state empty-state--compact">{t('projectDeliberations.empty')}</p>}
            {list.length > 0 && <DeliberationsTable deliberations={list} caption={t('projectDeliberations.caption', { code: project.code })} forProjectId={project.id} />}
          </div>
        </div>
      )}
    </section>
  );
}
