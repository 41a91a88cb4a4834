import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatDate } from '../../lib/format-date';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FormDialog } from '../../ui/form-dialog';
import { projectInvitationsQueryKey, projectsQueryKey } from './projects-query-keys';
import { RespondToProjectInvitationMutation, SetParticipationContributionMutation } from './projects.operations';
import { CONTRIBUTIONS_PATH, contributionChanges, parseYearAmounts, yearAmountRowsFrom, type YearAmount, type YearAmountRow } from './year-amount-rows';
import { YearAmountsEditor } from './year-amounts-editor';
import { YearAmountsList } from './year-amounts-list';

interface ProjectInvitationRowProps {
  invitation: ParticipationFieldsFragment;
  canRespond: boolean;
  onAnswered: (message: string) => void;
}

export function ProjectInvitationRow({ invitation, canRespond, onAnswered }: ProjectInvitationRowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [answering, setAnswering] = useState<'accept' | 'decline' | null>(null);
  const [rows, setRows] = useState<YearAmountRow[]>([]);
  const [errors, setErrors] = useState<PathErrors>({});
  const partner = invitation.role === 'PARTNER';
  const formId = `invitation-${invitation.id}`;
  const titleId = `${formId}-title`;

  const respond = useMutation({
    mutationFn: async (answer: { accept: boolean; contributions: YearAmount[] }) => {
      const result = await request(RespondToProjectInvitationMutation, { input: { participationId: invitation.id, accept: answer.accept, contributions: answer.contributions } });
      // Accepting sets the years given; a year the lead proposed and the person removed is removed now that
      // the collectivité takes part (it may change its own contribution).
      if (answer.accept) {
        for (const change of contributionChanges(invitation.contributions, answer.contributions).filter((entry) => entry.amount === null)) {
          await request(SetParticipationContributionMutation, { input: { participationId: invitation.id, ...change } });
        }
      }
      return result.respondToProjectInvitation;
    },
    onSuccess: async (answer) => {
      setAnswering(null);
      // The answered invitation leaves the panel at once, before the lists come back from the server.
      queryClient.setQueryData<{ projectInvitations: { id: string }[] }>(projectInvitationsQueryKey, (data) =>
        data ? { ...data, projectInvitations: data.projectInvitations.filter((entry) => entry.id !== invitation.id) } : data,
      );
      onAnswered(t(answer.status === 'ACTIVE' ? 'projectInvitations.accepted' : 'projectInvitations.declined', { title: answer.projectTitle }));
      await Promise.all([queryClient.invalidateQueries({ queryKey: projectInvitationsQueryKey }), queryClient.invalidateQueries({ queryKey: projectsQueryKey })]);
    },
  });

  function openAccept() {
    respond.reset();
    setRows(partner ? yearAmountRowsFrom(invitation.contributions, i18n.language) : []);
    setErrors({});
    setAnswering('accept');
  }

  function accept() {
    respond.reset();
    const parsed = parseYearAmounts(rows);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      if (first) document.getElementById(inputIdFor(formId, first))?.focus();
      return;
    }
    setErrors({});
    respond.mutate({ accept: true, contributions: parsed.entries });
  }

  function close() {
    respond.reset();
    setAnswering(null);
  }

  return (
    <tr>
      <th scope="row" id={titleId} className="table__name">
        <span className="table__code">{invitation.projectCode}</span> {invitation.projectTitle}
      </th>
      <td>{invitation.leadName}</td>
      <td>{t(`enums.participationRole.${invitation.role}`)}</td>
      <td>{formatDate(invitation.invitedAt, i18n.language)}</td>
      <td className="table__number">
        <YearAmountsList total={invitation.contribution} entries={invitation.contributions} />
      </td>
      {canRespond && (
        <td>
          <div className="button-group">
            <button type="button" className="button button--primary button--small" onClick={openAccept} disabled={respond.isPending} aria-describedby={titleId}>
              {t('projectInvitations.accept')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small button--danger-outline"
              onClick={() => {
                respond.reset();
                setAnswering('decline');
              }}
              disabled={respond.isPending}
              aria-describedby={titleId}
            >
              {t('projectInvitations.decline')}
            </button>
          </div>
          <FormDialog
            open={answering === 'accept'}
            title={t('projectInvitations.acceptTitle', { title: invitation.projectTitle })}
            description={<p>{partner ? t('projectInvitations.acceptTextPartner', { lead: invitation.leadName }) : t('projectInvitations.acceptTextObserver', { lead: invitation.leadName })}</p>}
            submitLabel={t('projectInvitations.accept')}
            cancelLabel={t('common.cancel')}
            busy={respond.isPending}
            error={answering === 'accept' && respond.isError ? apiErrorMessage(respond.error, t) : null}
            onCancel={close}
            onSubmit={accept}
          >
            {partner && (
              <YearAmountsEditor
                formId={formId}
                legend={t('projectInvitations.yourContribution')}
                hint={t('projectInvitations.yourContributionHint')}
                rows={rows}
                errors={errors}
                onChange={(next, structural) => {
                  setRows(next);
                  if (structural) setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([path]) => !path.startsWith(CONTRIBUTIONS_PATH))));
                }}
              />
            )}
          </FormDialog>
          <ConfirmDialog
            open={answering === 'decline'}
            title={t('projectInvitations.declineTitle', { title: invitation.projectTitle })}
            confirmLabel={t('projectInvitations.decline')}
            cancelLabel={t('common.cancel')}
            busy={respond.isPending}
            onCancel={close}
            onConfirm={() => respond.mutate({ accept: false, contributions: [] })}
          >
            <p>{t('projectInvitations.declineText', { lead: invitation.leadName })}</p>
            {answering === 'decline' && respond.isError && (
              <p className="field__error" role="alert">
                {apiErrorMessage(respond.error, t)}
              </p>
            )}
          </ConfirmDialog>
        </td>
      )}
    </tr>
  );
}
