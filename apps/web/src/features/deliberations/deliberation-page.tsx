import { STATUS_DATE_FIELD } from '@passerelles/domain/deliberation-rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { DeliberationFieldsFragment, DeliberationStatus } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatCalendarDate } from '../../lib/format-date';
import { pathErrorsFromApi } from '../../lib/path-errors';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { DocumentsSection } from '../documents/documents-section';
import { auditEventsQueryKey } from '../members/members-query-keys';
import { projectQueryKey } from '../projects/projects-query-keys';
import { CoveredProjectsTable } from './covered-projects-table';
import { DeliberationCorrectionDialog, type DeliberationCorrection } from './deliberation-correction-dialog';
import { DeliberationMoveDialog, type DeliberationMove } from './deliberation-move-dialog';
import { DeliberationStatusBadge } from './deliberation-status-badge';
import { deliberationQueryKey, deliberationsQueryKey } from './deliberations-query-keys';
import { ChangeDeliberationStatusMutation, CorrectDeliberationDateMutation, DeliberationQuery } from './deliberations.operations';

/** The step records a date (vote, transmission, executory force, end); withdrawal, annulment and repeal end it. */
const isDated = (status: DeliberationStatus) => STATUS_DATE_FIELD[status] !== undefined;
const ends = (status: DeliberationStatus) => STATUS_DATE_FIELD[status] === 'endedOn';

export function DeliberationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const [target, setTarget] = useState<DeliberationStatus | null>(null);
  const [correcting, setCorrecting] = useState(false);
  // Changes at each opening: a dialog starts again from its defaults rather than from what was last typed.
  const [opening, setOpening] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const query = useQuery({ queryKey: deliberationQueryKey(id), queryFn: () => request(DeliberationQuery, { id }) });
  const deliberation = query.data?.deliberation;

  /** The new state on screen, the lists and the covered projects' coverage refreshed, focus kept in the workflow. */
  async function applied(updated: DeliberationFieldsFragment, message: string) {
    queryClient.setQueryData(deliberationQueryKey(id), { deliberation: updated });
    setTarget(null);
    setCorrecting(false);
    setAnnouncement(message);
    // The button used may be gone with the old status: focus stays in the workflow section.
    focus('deliberation-workflow');
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: deliberationsQueryKey }),
      queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
      // An executory (or ended) deliberation changes the coverage of the projects it covers.
      ...updated.projects.map((link) => queryClient.invalidateQueries({ queryKey: projectQueryKey(link.projectId) })),
    ]);
  }

  const change = useMutation({
    mutationFn: (move: { status: DeliberationStatus; date: string | null; reason: string | null }) =>
      request(ChangeDeliberationStatusMutation, { input: { deliberationId: id, ...move } }),
    onSuccess: (result, move) => applied(result.changeDeliberationStatus, t('deliberationPage.changed', { status: t(`enums.deliberationStatus.${move.status}`) })),
  });
  const correct = useMutation({
    mutationFn: (correction: DeliberationCorrection) => request(CorrectDeliberationDateMutation, { input: { deliberationId: id, ...correction } }),
    onSuccess: (result, correction) => applied(result.correctDeliberationDate, t('deliberationPage.corrected', { field: t(`deliberationPage.dateFields.${correction.field}`) })),
  });

  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const message = announcement ?? (saved ? t(saved === 'created' ? 'deliberationPage.created' : 'deliberationPage.updated') : null);
  const none = <span className="table__muted">{t('common.none')}</span>;
  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value, i18n.language) : none);
  const moveError = change.isError ? apiErrorMessage(change.error, t) : null;

  function move(status: DeliberationStatus) {
    change.reset();
    if (isDated(status)) {
      setOpening((count) => count + 1);
      setTarget(status);
    } else change.mutate({ status, date: null, reason: null });
  }

  function openCorrection() {
    correct.reset();
    setOpening((count) => count + 1);
    setCorrecting(true);
  }

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
            {deliberation.canEdit && (
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
              <dt>{t('deliberationPage.year')}</dt>
              <dd>{deliberation.year}</dd>
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
            {deliberation.endedOn && (
              <>
                <div>
                  <dt>{t(`deliberationPage.endedOn.${deliberation.status}`, { defaultValue: t('deliberationPage.endedOnDefault') })}</dt>
                  <dd>{date(deliberation.endedOn)}</dd>
                </div>
                <div>
                  <dt>{t('deliberationPage.endReason')}</dt>
                  <dd className="prewrap">{deliberation.endReason ?? none}</dd>
                </div>
              </>
            )}
            <div>
              <dt>{t('deliberationForm.budgetYear')}</dt>
              <dd>{deliberation.budgetYear ?? none}</dd>
            </div>
            <div>
              <dt>{t('deliberationForm.convention')}</dt>
              <dd>{deliberation.conventionId ? <Link to={`/conventions/${deliberation.conventionId}`}>{deliberation.conventionTitle}</Link> : none}</dd>
            </div>
          </dl>

          <section className="section" aria-labelledby="deliberation-projects">
            <h2 id="deliberation-projects" className="section__title">
              {t('deliberationPage.projects')}
            </h2>
            {deliberation.projects.length === 0 ? (
              <p className="empty-state empty-state--compact">{t('deliberationPage.noProjects')}</p>
            ) : (
              <CoveredProjectsTable deliberation={deliberation} />
            )}
          </section>

          {(deliberation.allowedTransitions.length > 0 || deliberation.canCorrectDates) && (
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
                      <button type="button" className={`button button--secondary${ends(status) ? ' button--danger-outline' : ''}`} onClick={() => move(status)} disabled={change.isPending}>
                        {t(`deliberationPage.moves.${status}`)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {moveError && target === null && (
                <p className="field__error" role="alert">
                  {moveError}
                </p>
              )}
              {deliberation.canCorrectDates && (
                <div className="section__aside">
                  <p className="field__hint">{t('deliberationPage.correctIntro')}</p>
                  <button type="button" className="button button--tertiary" onClick={openCorrection}>
                    {t('deliberationPage.correctOpen')}
                  </button>
                </div>
              )}
            </section>
          )}

          <DocumentsSection ownerType="DELIBERATION" ownerId={deliberation.id} />

          <DeliberationMoveDialog
            key={`move-${opening}`}
            deliberationId={deliberation.id}
            number={deliberation.number}
            target={target}
            ends={target !== null && ends(target)}
            busy={change.isPending}
            error={moveError}
            fieldErrors={change.isError ? pathErrorsFromApi(change.error) : {}}
            onCancel={() => {
              change.reset();
              setTarget(null);
            }}
            onSubmit={(chosen: DeliberationMove) => change.mutate(chosen)}
          />
          <DeliberationCorrectionDialog
            key={`correct-${opening}`}
            open={correcting}
            deliberation={deliberation}
            busy={correct.isPending}
            error={correct.isError ? apiErrorMessage(correct.error, t) : null}
            fieldErrors={correct.isError ? pathErrorsFromApi(correct.error) : {}}
            onCancel={() => {
              correct.reset();
              setCorrecting(false);
            }}
            onSubmit={(correction) => correct.mutate(correction)}
          />
        </>
      )}
    </>
  );
}
