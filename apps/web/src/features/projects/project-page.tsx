import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canReadAudit } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { Tabs, type TabItem } from '../../ui/tabs';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { ParticipationRoleBadge } from './participation-role-badge';
import { ProjectDeleteAction } from './project-delete-action';
import { ProjectConventions } from './project-conventions';
import { ProjectDeliberations } from './project-deliberations';
import { ProjectDocuments } from './project-documents';
import { ProjectHistory } from './project-history';
import { ProjectLifecycle } from './project-lifecycle';
import { ProjectOverview } from './project-overview';
import { ProjectParticipants } from './project-participants';
import { ProjectStatusBadge } from './project-status-badge';
import { ProjectTeam } from './project-team';
import { projectQueryKey } from './projects-query-keys';
import { ProjectQuery } from './projects.operations';

interface SavedState {
  saved?: 'created' | 'updated';
}

export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const viewer = useAuthenticatedViewer();
  const [tab, setTab] = useState('overview');
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const query = useQuery({ queryKey: projectQueryKey(id), queryFn: () => request(ProjectQuery, { id }) });
  const project = query.data?.project;
  const saved = (location.state as SavedState | null)?.saved;
  const message = announcement ?? (saved ? t(saved === 'created' ? 'project.created' : 'project.updated') : null);

  const tabs: TabItem[] = project
    ? [
        { id: 'overview', label: t('project.tabs.overview'), panel: () => <ProjectOverview project={project} /> },
        { id: 'lifecycle', label: t('project.tabs.lifecycle'), panel: () => <ProjectLifecycle project={project} onAnnounce={setAnnouncement} /> },
        { id: 'participants', label: t('project.tabs.participants'), panel: () => <ProjectParticipants project={project} onAnnounce={setAnnouncement} /> },
        { id: 'team', label: t('project.tabs.team'), panel: () => <ProjectTeam project={project} /> },
        { id: 'conventions', label: t('project.tabs.conventions'), panel: () => <ProjectConventions project={project} /> },
        { id: 'deliberations', label: t('project.tabs.deliberations'), panel: () => <ProjectDeliberations project={project} /> },
        { id: 'documents', label: t('project.tabs.documents'), panel: () => <ProjectDocuments project={project} /> },
        ...(canReadAudit(viewer.role) ? [{ id: 'history', label: t('project.tabs.history'), panel: () => <ProjectHistory projectId={project.id} /> }] : []),
      ]
    : [];

  return (
    <>
      <p className="breadcrumb">
        <Link to="/projets">{t('project.backToList')}</Link>
      </p>
      <PageHeading title={project ? `${project.code} — ${project.title}` : t('project.title')}>
        {project ? (
          <>
            <span className="page-heading__code">{project.code}</span> {project.title}
          </>
        ) : undefined}
      </PageHeading>
      {query.isPending && <LoadingStatus label={t('project.loading')} />}
      {query.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(query.error, t)}</p>
        </ErrorNotice>
      )}
      <StatusMessage message={message} />
      {project && (
        <>
          <div className="page-meta">
            <p className="page-meta__badges">
              <span className="sr-only">{t('project.statusLabel')} </span>
              <ProjectStatusBadge status={project.status} />
              <span className="sr-only">{t('project.roleLabel')} </span>
              <ParticipationRoleBadge role={project.myParticipationRole} />
              {!project.isLead && <span className="page-meta__lead">{t('project.ledBy', { lead: project.leadName })}</span>}
            </p>
            {(project.canEdit || project.canDelete) && (
              <div className="button-group">
                {project.canEdit && (
                  <Link to={`/projets/${project.id}/modifier`} className="button button--secondary">
                    {t('project.edit')}
                  </Link>
                )}
                {project.canDelete && <ProjectDeleteAction project={project} />}
              </div>
            )}
          </div>
          {!project.canEdit && <p className="notice notice--info">{project.isLead ? t('project.readOnlyRole') : t('project.readOnlyShared', { lead: project.leadName })}</p>}
          <Tabs label={t('project.tabsLabel')} items={tabs} selected={tab} onSelect={setTab} />
        </>
      )}
    </>
  );
}
