import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberRole, ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { DeliberationsTable } from '../deliberations/deliberations-table';
import { deliberationsQueryKey } from '../deliberations/deliberations-query-keys';
import { DeliberationsQuery } from '../deliberations/deliberations.operations';

interface ProjectDeliberationsProps {
  project: ProjectDetailsFragment;
  viewerRole: MemberRole;
}

/** The deliberations of the lead collectivité that cover this project. */
export function ProjectDeliberations({ project, viewerRole }: ProjectDeliberationsProps) {
  const { t } = useTranslation();
  const deliberations = useQuery({
    queryKey: [...deliberationsQueryKey, 'project', project.id],
    queryFn: () => request(DeliberationsQuery, { projectId: project.id, first: 100 }),
    enabled: project.isLead,
  });
  const list = deliberations.data?.deliberations.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="project-deliberations-title">
      <h2 id="project-deliberations-title" className="section__title">
        {t('project.tabs.deliberations')}
      </h2>
      {!project.isLead ? (
        <p>{t('projectDeliberations.shared', { lead: project.leadName })}</p>
      ) : (
        <>
          {canEditRecords(viewerRole) && (
            <p>
              <Link to={`/deliberations/nouvelle?projet=${project.id}`} className="button button--secondary">
                {t('projectDeliberations.create')}
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
          {list.length > 0 && <DeliberationsTable deliberations={list} caption={t('projectDeliberations.caption', { code: project.code })} showProject={false} />}
        </>
      )}
    </section>
  );
}
