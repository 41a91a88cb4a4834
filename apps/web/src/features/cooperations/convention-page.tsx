import { prefectureTransmissionFormSchema, signConventionFormSchema } from '@passerelles/shared/schemas/cooperation.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { ConventionFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatAmount } from '../../lib/format-amount';
import { formatCalendarDate, todayIsoDate } from '../../lib/format-date';
import { canEditRecords } from '../../lib/permissions';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DateDialog } from '../../ui/date-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PAGE_HEADING_ID, PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DocumentsSection } from '../documents/documents-section';
import { ConventionValidityBadge } from './convention-validity-badge';
import { conventionQueryKey, conventionsQueryKey, cooperationQueryKey } from './cooperations-query-keys';
import { ConventionQuery, RecordConventionTransmissionMutation, SignConventionMutation, TerminateConventionMutation } from './cooperations.operations';

type Action = 'sign' | 'transmit' | 'terminate';

/** The first problems found by a form schema, on the date field or on the form as a whole. */
function dateProblems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, dateField: string): { date?: string; form?: string } | null {
  if (result.success || !result.error) return null;
  const onDate = result.error.issues.find((issue) => issue.path[0] === dateField);
  const elsewhere = result.error.issues.find((issue) => issue.path[0] !== dateField);
  return { date: onDate?.message, form: elsewhere?.message };
}

export function ConventionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const viewer = useAuthenticatedViewer();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const canEdit = canEditRecords(viewer.role);
  const [action, setAction] = useState<Action | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const query = useQuery({ queryKey: conventionQueryKey(id), queryFn: () => request(ConventionQuery, { id }) });
  const convention = query.data?.convention;
  const act = useMutation({
    mutationFn: async ({ kind, date }: { kind: Action; date?: string }): Promise<ConventionFieldsFragment> => {
      if (kind === 'sign') return (await request(SignConventionMutation, { id, signedOn: date! })).signConvention;
      if (kind === 'transmit') return (await request(RecordConventionTransmissionMutation, { id, transmittedOn: date! })).recordConventionTransmission;
      return (await request(TerminateConventionMutation, { id })).terminateConvention;
    },
    onSuccess: async (updated, { kind }) => {
      queryClient.setQueryData(conventionQueryKey(id), { convention: updated });
      setAction(null);
      setAnnouncement(t(`conventionPage.done.${kind}`));
      // The button used is gone (a signed convention has other actions): focus stays in the actions, or goes to
      // the page's heading when a terminated convention has none left.
      focus(kind === 'terminate' ? PAGE_HEADING_ID : 'convention-actions');
      await Promise.all([queryClient.invalidateQueries({ queryKey: conventionsQueryKey }), queryClient.invalidateQueries({ queryKey: cooperationQueryKey(updated.cooperationId) })]);
    },
  });
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const message = announcement ?? (saved ? t(saved === 'created' ? 'conventionPage.created' : 'conventionPage.updated') : null);
  const none = <span className="table__muted">{t('common.none')}</span>;
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const open = (next: Action) => {
    act.reset();
    setAction(next);
  };
  const close = () => {
    act.reset();
    setAction(null);
  };
  const error = act.isError ? apiErrorMessage(act.error, t) : null;

  return (
    <>
      <p className="breadcrumb">
        {convention ? <Link to={`/cooperations/${convention.cooperationId}`}>{t('conventionPage.backToCooperation', { name: convention.cooperationName })}</Link> : <Link to="/conventions">{t('conventions.allTitle')}</Link>}
      </p>
      <PageHeading title={convention?.title ?? t('conventionPage.title')} />
      {query.isPending && <LoadingStatus label={t('common.loading')} />}
      {query.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(query.error, t)}</p>
        </ErrorNotice>
      )}
      <StatusMessage message={message} />
      {convention && (
        <>
          <div className="page-meta">
            <p className="page-meta__badges">
              <ConventionValidityBadge validity={convention.validity} daysLeft={convention.daysLeft} />
              <span>{t('conventions.kindVersion', { kind: t(`enums.conventionKind.${convention.kind}`), version: convention.versionNumber })}</span>
            </p>
          </div>
          {convention.supersededBy && (
            <p className="notice notice--info">
              <Link to={`/conventions/${convention.supersededBy}`}>{t('conventionPage.supersededNotice', { version: convention.versionNumber + 1 })}</Link>
            </p>
          )}
          {convention.validity === 'NOT_TRANSMITTED' && <p className="notice notice--info">{t('conventionPage.notTransmittedNotice')}</p>}
          {convention.status === 'DRAFT' && convention.forecastCommitment === null && canEdit && <p className="notice notice--info">{t('conventionPage.commitmentMissing')}</p>}
          <dl className="summary-list">
            <div>
              <dt>{t('conventionForm.reference')}</dt>
              <dd>{convention.reference || none}</dd>
            </div>
            <div>
              <dt>{t('conventions.period')}</dt>
              <dd>{t('common.period', { start: date(convention.startsOn), end: date(convention.endsOn) })}</dd>
            </div>
            <div>
              <dt>{t('conventionPage.status')}</dt>
              <dd>{t(`enums.conventionStatus.${convention.status}`)}</dd>
            </div>
            <div>
              <dt>{t('conventionPage.signedOn')}</dt>
              <dd>{convention.signedOn ? date(convention.signedOn) : none}</dd>
            </div>
            <div>
              <dt>{t('conventions.prefecture')}</dt>
              <dd>{convention.prefectureTransmittedOn ? date(convention.prefectureTransmittedOn) : <span className="table__muted">{t('conventions.notTransmitted')}</span>}</dd>
            </div>
            <div>
              <dt>{t('conventionForm.forecastCommitment')}</dt>
              <dd>{convention.forecastCommitment ? formatAmount(convention.forecastCommitment, i18n.language) : none}</dd>
            </div>
            {convention.previousVersionId && (
              <div>
                <dt>{t('conventionPage.previousVersion')}</dt>
                <dd>
                  <Link to={`/conventions/${convention.previousVersionId}`}>{t('conventionPage.previousVersionLink', { version: convention.versionNumber - 1 })}</Link>
                </dd>
              </div>
            )}
            {convention.nextVersionId && (
              <div>
                <dt>{t('conventionPage.nextVersion')}</dt>
                <dd>
                  <Link to={`/conventions/${convention.nextVersionId}`}>
                    {t(convention.supersededBy ? 'conventionPage.nextVersionLink' : 'conventionPage.nextVersionDraft', { version: convention.versionNumber + 1 })}
                  </Link>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('conventionForm.objectives')}</dt>
              <dd className="prewrap">{convention.objectives}</dd>
            </div>
            <div>
              <dt>{t('conventionForm.means')}</dt>
              <dd className="prewrap">{convention.means || none}</dd>
            </div>
          </dl>

          {canEdit && convention.status !== 'TERMINATED' && (
            <section className="section" aria-labelledby="convention-actions">
              <h2 id="convention-actions" tabIndex={-1} className="section__title">
                {t('conventionPage.actions')}
              </h2>
              <div className="button-group">
                {convention.status === 'DRAFT' && (
                  <>
                    <Link to={`/conventions/${convention.id}/modifier`} className="button button--secondary">
                      {t('conventionPage.edit')}
                    </Link>
                    <button type="button" className="button button--primary" onClick={() => open('sign')}>
                      {t('conventionPage.sign')}
                    </button>
                  </>
                )}
                {convention.status === 'SIGNED' && (
                  <>
                    <button type="button" className="button button--secondary" onClick={() => open('transmit')}>
                      {convention.prefectureTransmittedOn ? t('conventionPage.changeTransmission') : t('conventionPage.transmit')}
                    </button>
                    {/* A version already followed by another is amended through its successor (the API refuses a second one). */}
                    {!convention.nextVersionId && (
                      <>
                        <Link to={`/conventions/${convention.id}/nouvelle-version?type=avenant`} className="button button--secondary">
                          {t('conventionPage.amend')}
                        </Link>
                        <Link to={`/conventions/${convention.id}/nouvelle-version?type=renouvellement`} className="button button--secondary">
                          {t('conventionPage.renew')}
                        </Link>
                      </>
                    )}
                    {viewer.role === 'ADMIN' && (
                      <button type="button" className="button button--secondary button--danger-outline" onClick={() => open('terminate')}>
                        {t('conventionPage.terminate')}
                      </button>
                    )}
                  </>
                )}
              </div>
            </section>
          )}

          <section className="section" aria-labelledby="convention-parties">
            <h2 id="convention-parties" className="section__title">
              {t('conventionForm.parties')}
            </h2>
            <div className="table-wrapper" role="region" aria-label={t('conventionForm.parties')} tabIndex={0}>
              <table className="table">
                <caption className="sr-only">{t('conventionForm.parties')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('conventionForm.partyName')}</th>
                    <th scope="col">{t('conventionForm.expectedResults')}</th>
                    <th scope="col">{t('conventionForm.commitments')}</th>
                  </tr>
                </thead>
                <tbody>
                  {convention.parties.map((party) => (
                    <tr key={party.id}>
                      <th scope="row" className="table__name">
                        {party.organisationId ? <Link to={`/annuaire/${party.organisationId}`}>{party.name}</Link> : party.name}
                      </th>
                      <td className="prewrap">{party.expectedResults || none}</td>
                      <td className="prewrap">{party.commitments || none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <DocumentsSection ownerType="CONVENTION" ownerId={convention.id} />

          <DateDialog
            open={action === 'sign'}
            title={t('conventionPage.signTitle')}
            dateLabel={t('conventionPage.signedOn')}
            submitLabel={t('conventionPage.sign')}
            busy={act.isPending}
            error={action === 'sign' ? error : null}
            validate={(value) => dateProblems(signConventionFormSchema(convention, todayIsoDate()).safeParse({ signedOn: value }), 'signedOn')}
            onCancel={close}
            onSubmit={(value) => act.mutate({ kind: 'sign', date: value })}
          />
          <DateDialog
            open={action === 'transmit'}
            title={t('conventionPage.transmitTitle')}
            description={t('conventionPage.transmitText')}
            dateLabel={t('conventionPage.transmittedOn')}
            submitLabel={t('common.save')}
            busy={act.isPending}
            error={action === 'transmit' ? error : null}
            validate={(value) => dateProblems(prefectureTransmissionFormSchema(convention, todayIsoDate()).safeParse({ transmittedOn: value }), 'transmittedOn')}
            onCancel={close}
            onSubmit={(value) => act.mutate({ kind: 'transmit', date: value })}
          />
          <ConfirmDialog
            open={action === 'terminate'}
            title={t('conventionPage.terminateTitle', { title: convention.title })}
            confirmLabel={t('conventionPage.terminate')}
            cancelLabel={t('common.cancel')}
            busy={act.isPending}
            onCancel={close}
            onConfirm={() => act.mutate({ kind: 'terminate' })}
          >
            <p>{t('conventionPage.terminateText')}</p>
            {action === 'terminate' && error && (
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
