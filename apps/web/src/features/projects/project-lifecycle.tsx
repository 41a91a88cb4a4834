import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../graphql/api-error';
import type { ProjectDetailsFragment, ProjectStatus } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatDateTime } from '../../lib/format-date';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFocusRequest } from '../../ui/use-focus-request';
import { ProjectOverrideDialog } from './project-override-dialog';
import { ProjectStatusBadge } from './project-status-badge';
import { projectAuditQueryKey, projectQueryKey, projectsQueryKey } from './projects-query-keys';
import { ChangeProjectStatusMutation } from './projects.operations';

interface ProjectLifecycleProps {
  project: ProjectDetailsFragment;
  onAnnounce: (message: string) => void;
}

interface StatusChange {
  status: ProjectStatus;
  overrideReason?: string;
}

/** The lifecycle: the moves the API allows now, and the history of the moves made. */
export function ProjectLifecycle({ project, onAnnounce }: ProjectLifecycleProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const [overrideFor, setOverrideFor] = useState<{ status: ProjectStatus; explanation: string } | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const change = useMutation({
    mutationFn: (input: StatusChange) => request(ChangeProjectStatusMutation, { input: { projectId: project.id, ...input } }),
    onSuccess: async (result, input) => {
      queryClient.setQueryData(projectQueryKey(project.id), { project: result.changeProjectStatus });
      setOverrideFor(null);
      setConfirmCancel(false);
      onAnnounce(t('lifecycle.changed', { status: t(`enums.projectStatus.${input.status}`) }));
      // The button pressed may be gone (the allowed moves changed): focus stays in this section.
      focus('lifecycle-title');
      await Promise.all([queryClient.invalidateQueries({ queryKey: projectsQueryKey }), queryClient.invalidateQueries({ queryKey: projectAuditQueryKey(project.id) })]);
    },
    onError: (error, input) => {
      // Programming needs a signed convention or a voted deliberation: the API says so, and a motivated
      // override is then asked for, in a dialog.
      if (isApiError(error) && error.reason === 'PROGRAMMING_REQUIRES_COMMITMENT' && !input.overrideReason) {
        setOverrideFor({ status: input.status, explanation: error.message });
        change.reset();
      }
    },
  });

  function move(status: ProjectStatus) {
    change.reset();
    if (status === 'CANCELLED') setConfirmCancel(true);
    else change.mutate({ status });
  }

  const dialogOpen = overrideFor !== null || confirmCancel;

  return (
    <div className="stack">
      <section aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title" tabIndex={-1} className="section__title">
          {t('lifecycle.title')}
        </h2>
        <p>
          {t('lifecycle.current')} <ProjectStatusBadge status={project.status} />
        </p>
        {project.allowedTransitions.length > 0 ? (
          <>
            <p id="lifecycle-moves">{t('lifecycle.movesIntro')}</p>
            <ul className="button-group plain-list" aria-labelledby="lifecycle-moves">
              {project.allowedTransitions.map((status) => (
                <li key={status}>
                  <button
                    type="button"
                    className={`button ${status === 'CANCELLED' ? 'button--secondary button--danger-outline' : 'button--secondary'}`}
                    onClick={() => move(status)}
                    disabled={change.isPending}
                  >
                    {t('lifecycle.moveTo', { status: t(`enums.projectStatus.${status}`) })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="table__muted">{project.canEdit ? t('lifecycle.noMoves') : t('lifecycle.readOnly')}</p>
        )}
        {change.isError && !dialogOpen && (
          <p className="field__error" role="alert">
            {apiErrorMessage(change.error, t)}
          </p>
        )}
      </section>

      <section aria-labelledby="lifecycle-history">
        <h2 id="lifecycle-history" className="section__title">
          {t('lifecycle.history')}
        </h2>
        {project.statusHistory.length === 0 ? (
          <p className="empty-state empty-state--compact">{t('lifecycle.historyEmpty')}</p>
        ) : (
          <div className="table-wrapper" role="region" aria-label={t('lifecycle.history')} tabIndex={0}>
            <table className="table">
              <caption className="sr-only">{t('lifecycle.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lifecycle.date')}</th>
                  <th scope="col">{t('lifecycle.from')}</th>
                  <th scope="col">{t('lifecycle.to')}</th>
                  <th scope="col">{t('lifecycle.overrideReason')}</th>
                </tr>
              </thead>
              <tbody>
                {project.statusHistory.map((entry) => (
                  <tr key={`${entry.changedAt}-${entry.toStatus}`}>
                    <td>
                      <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt, i18n.language)}</time>
                    </td>
                    <td>{t(`enums.projectStatus.${entry.fromStatus}`)}</td>
                    <td>{t(`enums.projectStatus.${entry.toStatus}`)}</td>
                    <td>{entry.overrideReason ?? <span className="table__muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ProjectOverrideDialog
        target={overrideFor}
        busy={change.isPending}
        error={change.isError && overrideFor ? apiErrorMessage(change.error, t) : null}
        onCancel={() => {
          change.reset();
          setOverrideFor(null);
        }}
        onSubmit={(reason) => {
          if (overrideFor) change.mutate({ status: overrideFor.status, overrideReason: reason });
        }}
      />
      <ConfirmDialog
        open={confirmCancel}
        title={t('lifecycle.cancelTitle')}
        confirmLabel={t('lifecycle.cancelConfirm')}
        cancelLabel={t('common.back')}
        busy={change.isPending}
        onCancel={() => {
          change.reset();
          setConfirmCancel(false);
        }}
        onConfirm={() => change.mutate({ status: 'CANCELLED' })}
      >
        <p>{t('lifecycle.cancelText')}</p>
        {change.isError && (
          <p className="field__error" role="alert">
            {apiErrorMessage(change.error, t)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
