import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { DeliberationStatus } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatAmount } from '../../lib/format-amount';
import { formatCalendarDate } from '../../lib/format-date';
import { canEditRecords } from '../../lib/permissions';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DateDialog } from '../../ui/date-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DocumentsSection } from '../documents/documents-section';
import { projectQueryKey } from '../projects/projects-query-keys';
import { DeliberationStatusBadge } from './deliberation-status-badge';
import { deliberationQueryKey, deliberationsQueryKey } from './deliberations-query-keys';
import { ChangeDeliberationStatusMutation, DeliberationQuery } from './deliberations.operations';

/** The statuses that record a date: of the vote, of the transmission to the préfet, of executory force. */
const DATED: ReadonlySet<DeliberationStatus> = new Set(['VOTED', 'TRANSMITTED', 'EXECUTORY']);

export function DeliberationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const viewer = useAuthenticatedViewer();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const canEdit = canEditRecords(viewer.role);
  const [target, setTarget] = useState<DeliberationStatus | null>(null);
  // Changes at each opening: the date dialog starts again from today rather than from the last date typed.
  const [opening, setOpening] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const query = useQuery({ queryKey: deliberationQueryKey(id), queryFn: () => request(DeliberationQuery, { id }) });
  const deliberation = query.data?.deliberation;
  const change = useMutation({
    mutationFn: (input: { status: DeliberationStatus; date: string | null }) => request(ChangeDeliberationStatusMutation, { input: { deliberationId: id, ...input } }),
    onSuccess: async (result, input) => {
      const updated = result.changeDeliberationStatus;
      queryClient.setQueryData(deliberationQueryKey(id), { deliberation: updated });
      setTarget(null);
      setAnnouncement(t('deliberationPage.changed', { status: t(`enums.deliberationStatus.${input.status}`) }));
      // The button used is gone with the old status: focus stays in the workflow section.
      focus('deliberation-workflow');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deliberationsQueryKey }),
        // An executory deliberation changes the project's coverage.
        updated.projectId ? queryClient.invalidateQueries({ queryKey: projectQueryKey(updated.projectId) }) : Promise.resolve(),
      ]);
    },
  });
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const message = announcement ?? (saved ? t(saved === 'created' ? 'deliberationPage.created' : 'deliberationPage.updated') : null);
  const none = <span className="table__muted">{t('common.none')}</span>;
  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value, i18n.language) : none);
  const error = change.isError ? apiErrorMessage(change.error, t) : null;

  function move(status: DeliberationStatus) {
    change.reset();
    if (DATED.has(status) || status === 'WITHDRAWN') {
      setOpening((count) => count + 1);
      setTarget(status);
    }
    else change.mutate({ status, date: null });
  }

  function close() {
    change.reset();
    setTarget(null);
  }

  const editable = deliberation && (deliberation.status === 'DRAFT' || deliberation.status === 'SCHEDULED');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/deliberations">{t('deliberationPage.backToList')}</Link>
      </p>
      <PageHeading title={deliberation ? `${deliberation.number} — ${deliberation.title}` : t('deliberationPage.title')} />
      {query.isPending && <LoadingStatus label={t('common.loading')} />}
      {query.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(query.error, t)}</p>
        </ErrorNotice>
      )}
      <StatusMessage message={message} />
      {deliberation && (
        <>
          <div className="page-meta">
            <p className="page-meta__badges">
              <DeliberationStatusBadge status={deliberation.status} />
            </p>
            {canEdit && editable && (
              <Link to={`/deliberations/${deliberation.id}/modifier`} className="button button--secondary">
                {t('common.edit')}
              </Link>
            )}
          </div>
          <dl className="summary-list">
            <div>
              <dt>{t('deliberationForm.assembly')}</dt>
              <dd>{t(`enums.deliberationAssembly.${deliberation.assembly}`)}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.object')}</dt>
              <dd>{t(`enums.deliberationObject.${deliberation.object}`)}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.sessionDate')}</dt>
              <dd>{date(deliberation.sessionDate)}</dd>
            </div>
            <div>
              <dt>{t('deliberationPage.votedOn')}</dt>
              <dd>{date(deliberation.votedOn)}</dd>
            </div>
            <div>
              <dt>{t('deliberationPage.transmittedOn')}</dt>
              <dd>{date(deliberation.transmittedOn)}</dd>
            </div>
            <div>
              <dt>{t('deliberationPage.executoryOn')}</dt>
              <dd>{date(deliberation.executoryOn)}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.amount')}</dt>
              <dd>{deliberation.amount ? formatAmount(deliberation.amount, i18n.language) : none}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.budgetYear')}</dt>
              <dd>{deliberation.budgetYear ?? none}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.project')}</dt>
              <dd>{deliberation.projectId ? <Link to={`/projets/${deliberation.projectId}`}>{deliberation.projectTitle}</Link> : none}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.convention')}</dt>
              <dd>{deliberation.conventionId ? <Link to={`/conventions/${deliberation.conventionId}`}>{deliberation.conventionTitle}</Link> : none}</dd>
            </div>
          </dl>

          {canEdit && (
            <section className="section" aria-labelledby="deliberation-workflow">
              <h2 id="deliberation-workflow" tabIndex={-1} className="section__title">
                {t('deliberationPage.workflow')}
              </h2>
              {deliberation.allowedTransitions.length === 0 ? (
                <p className="table__muted">{t('deliberationPage.noMoves')}</p>
              ) : (
                <ul className="button-group plain-list">
                  {deliberation.allowedTransitions.map((status) => (
                    <li key={status}>
                      <button
                        type="button"
                        className={`button button--secondary${status === 'WITHDRAWN' ? ' button--danger-outline' : ''}`}
                        onClick={() => move(status)}
                        disabled={change.isPending}
                      >
                        {t(`deliberationPage.moves.${status}`)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {error && target === null && (
                <p className="field__error" role="alert">
                  {error}
                </p>
              )}
            </section>
          )}

          <DocumentsSection ownerType="DELIBERATION" ownerId={deliberation.id} canEdit={canEdit} />

          <DateDialog
            key={opening}
            open={target !== null && DATED.has(target)}
            title={target ? t(`deliberationPage.dateTitles.${target}`) : ''}
            dateLabel={target ? t(`deliberationPage.dateLabels.${target}`) : ''}
            submitLabel={target ? t(`deliberationPage.moves.${target}`) : ''}
            busy={change.isPending}
            error={error}
            onCancel={close}
            onSubmit={(value) => target && change.mutate({ status: target, date: value })}
          />
          <ConfirmDialog
            open={target === 'WITHDRAWN'}
            title={t('deliberationPage.withdrawTitle', { number: deliberation.number })}
            confirmLabel={t('deliberationPage.moves.WITHDRAWN')}
            cancelLabel={t('common.cancel')}
            busy={change.isPending}
            onCancel={close}
            onConfirm={() => change.mutate({ status: 'WITHDRAWN', date: null })}
          >
            <p>{t('deliberationPage.withdrawText')}</p>
            {error && (
              <p className="field__error" role="alert">
                {error}
              </p>
            )}
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
