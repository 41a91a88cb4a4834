import { canEdit } from '@passerelles/domain/member-role';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { DeliberationFieldsFragment, DeliberationFormOptionsQuery as FormOptions } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import type { SelectOption, SelectOptionGroup } from '../../ui/select-field';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DeliberationForm } from './deliberation-form';
import { deliberationValuesFrom, newDeliberationValues } from './deliberation-form-values';
import { deliberationFormOptionsQueryKey, deliberationQueryKey } from './deliberations-query-keys';
import { DeliberationFormOptionsQuery, DeliberationQuery } from './deliberations.operations';

/**
 * The projects a deliberation of this collectivité may cover: those it leads, and the shared projects it funds
 * as an active partner (its own contribution). A project the deliberation already covers stays choosable.
 */
function projectGroups(options: FormOptions, existing: DeliberationFieldsFragment | undefined, t: TFunction): SelectOptionGroup[] {
  const own: SelectOption[] = [];
  const shared: SelectOption[] = [];
  for (const { node } of options.projects.edges) {
    if (node.isLead) own.push({ value: node.id, label: `${node.code} — ${node.title}` });
    else if (node.myParticipationRole === 'PARTNER') shared.push({ value: node.id, label: t('deliberationForm.sharedProjectOption', { code: node.code, title: node.title, lead: node.leadName }) });
  }
  for (const link of existing?.projects ?? []) {
    if ([...own, ...shared].some((option) => option.value === link.projectId)) continue;
    (link.ownProject ? own : shared).push({ value: link.projectId, label: `${link.projectCode} — ${link.projectTitle}` });
  }
  return [
    { label: t('deliberationForm.ownProjects'), options: own },
    { label: t('deliberationForm.sharedProjects'), options: shared },
  ].filter((group) => group.options.length > 0);
}

/** /deliberations/nouvelle (?projet=… to cover a project) and /deliberations/:id/modifier. */
export function DeliberationFormPage() {
  const { t, i18n } = useTranslation();
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
  const back = id ? `/deliberations/${id}` : projectId ? `/projets/${projectId}` : '/deliberations';
  // An existing deliberation says itself whether it can still be changed; a new one follows the one definition
  // of who edits (libs/domain), which the API applies too.
  const forbidden = existing ? !existing.canEdit && !existing.canCorrectDates : !canEdit(viewer.role);
  const locked = existing !== undefined && !existing.canEdit && existing.canCorrectDates;
  const groups = options.data ? projectGroups(options.data, existing, t) : [];
  const prefilled = projectId && groups.some((group) => group.options.some((option) => option.value === projectId)) ? projectId : undefined;

  return (
    <div className="form-page">
      <PageHeading title={id ? t('deliberationForm.editTitle') : t('deliberationForm.newTitle')} />
      {existing && (
        <p className="lead">
          {existing.number} — {existing.title}
        </p>
      )}
      {forbidden ? (
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
              initial={() => (existing ? deliberationValuesFrom(existing, i18n.language) : newDeliberationValues(prefilled))}
              projectGroups={groups}
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
