import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ProjectFormOptionsQuery as ProjectFormOptions } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import type { SelectOption } from '../../ui/select-field';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { ProjectForm } from './project-form';
import { projectFormOptionsQueryKey, projectQueryKey } from './projects-query-keys';
import { ProjectFormOptionsQuery, ProjectQuery } from './projects.operations';

interface FormOptions {
  cooperations: SelectOption[];
  organisations: SelectOption[];
  members: SelectOption[];
}

function optionsFrom(data: ProjectFormOptions, t: (key: string) => string): FormOptions {
  return {
    cooperations: data.cooperations.edges.map(({ node }) => ({ value: node.id, label: node.name })),
    organisations: data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.acronym ? `${node.name} (${node.acronym})` : node.name })),
    members: data.members.edges.map(({ node }) => ({ value: node.userId, label: `${node.name} — ${t(`roles.${node.role}`)}` })),
  };
}

/** Creation (/projets/nouveau) and modification (/projets/:id/modifier) of a project. */
export function ProjectFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const viewer = useAuthenticatedViewer();
  const navigate = useNavigate();
  const options = useQuery({ queryKey: projectFormOptionsQueryKey, queryFn: () => request(ProjectFormOptionsQuery) });
  const project = useQuery({ queryKey: projectQueryKey(id ?? ''), queryFn: () => request(ProjectQuery, { id: id! }), enabled: id !== undefined });

  const title = id ? t('projectForm.editTitle') : t('projectForm.newTitle');
  const loadError = options.error ?? project.error;
  const ready = options.isSuccess && (id === undefined || project.isSuccess);
  const existing = project.data?.project;
  const allowed = id ? Boolean(existing?.canEdit) : canEditRecords(viewer.role);

  return (
    <div className="form-page form-page--wide">
      <PageHeading title={existing ? `${title} — ${existing.code}` : title} />
      {existing && (
        <p className="lead">
          {existing.code} — {existing.title}
        </p>
      )}
      {loadError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(loadError, t)}</p>
        </ErrorNotice>
      )}
      {!ready && !loadError && <LoadingStatus label={t('common.loading')} />}
      {ready && !allowed && (
        <ErrorNotice title={t('projectForm.forbiddenTitle')}>
          <p>{t('projectForm.forbidden')}</p>
          {id && (
            <p>
              <Link to={`/projets/${id}`}>{t('projectForm.backToProject')}</Link>
            </p>
          )}
        </ErrorNotice>
      )}
      {ready && allowed && (
        <ProjectForm
          projectId={id}
          existing={existing}
          {...optionsFrom(options.data, t)}
          onSaved={(saved) => void navigate(`/projets/${saved.id}`, { state: { saved: id ? 'updated' : 'created' } })}
          onCancel={() => void navigate(id ? `/projets/${id}` : '/projets')}
        />
      )}
    </div>
  );
}
