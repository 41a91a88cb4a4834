import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { canEditRecords } from '../../lib/permissions';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DeliberationForm } from './deliberation-form';
import { deliberationFormOptionsQueryKey, deliberationQueryKey } from './deliberations-query-keys';
import { DeliberationFormOptionsQuery, DeliberationQuery } from './deliberations.operations';

/** /deliberations/nouvelle (?projet=… to link it to a project) and /deliberations/:id/modifier. */
export function DeliberationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const viewer = useAuthenticatedViewer();
  const projectId = search.get('projet') ?? undefined;
  const options = useQuery({ queryKey: deliberationFormOptionsQueryKey, queryFn: () => request(DeliberationFormOptionsQuery) });
  const deliberation = useQuery({ queryKey: deliberationQueryKey(id ?? ''), queryFn: () => request(DeliberationQuery, { id: id! }), enabled: id !== undefined });
  const existing = deliberation.data?.deliberation;
  const loadError = options.error ?? deliberation.error;
  const ready = options.isSuccess && (id === undefined || deliberation.isSuccess);
  const locked = existing && existing.status !== 'DRAFT' && existing.status !== 'SCHEDULED';
  const back = id ? `/deliberations/${id}` : projectId ? `/projets/${projectId}` : '/deliberations';

  return (
    <div className="form-page">
      <PageHeading title={id ? t('deliberationForm.editTitle') : t('deliberationForm.newTitle')} />
      {existing && (
        <p className="lead">
          {existing.number} — {existing.title}
        </p>
      )}
      {!canEditRecords(viewer.role) ? (
        <ErrorNotice title={t('common.forbiddenTitle')}>
          <p>{t('common.forbiddenEdit')}</p>
        </ErrorNotice>
      ) : (
        <>
          {loadError && (
            <ErrorNotice title={t('errors.loadFailed')}>
              <p>{apiErrorMessage(loadError, t)}</p>
            </ErrorNotice>
          )}
          {!ready && !loadError && <LoadingStatus label={t('common.loading')} />}
          {locked && (
            <ErrorNotice>
              <p>{t('deliberationForm.locked')}</p>
              <p>
                <Link to={back}>{t('deliberationForm.backToDeliberation')}</Link>
              </p>
            </ErrorNotice>
          )}
          {ready && !locked && (
            <DeliberationForm
              deliberation={existing}
              projectId={projectId}
              projects={options.data.projects.edges.map(({ node }) => ({ value: node.id, label: `${node.code} — ${node.title}` }))}
              conventions={options.data.conventions.edges.map(({ node }) => ({ value: node.id, label: `${node.title} (${node.cooperationName}, v${node.versionNumber})` }))}
              onSaved={(saved) => void navigate(`/deliberations/${saved.id}`, { state: { saved: id ? 'updated' : 'created' } })}
              onCancel={() => void navigate(back)}
            />
          )}
        </>
      )}
    </div>
  );
}
