import { respondToProjectInvitationSchema } from '@passerelles/shared/schemas/project.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatAmount, amountForInput } from '../../lib/format-amount';
import { formatDate } from '../../lib/format-date';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { projectInvitationsQueryKey, projectsQueryKey } from './projects-query-keys';
import { RespondToProjectInvitationMutation } from './projects.operations';

interface ProjectInvitationRowProps {
  invitation: ParticipationFieldsFragment;
  canRespond: boolean;
  onAnswered: (message: string) => void;
}

export function ProjectInvitationRow({ invitation, canRespond, onAnswered }: ProjectInvitationRowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [contribution, setContribution] = useState(amountForInput(invitation.contribution, i18n.language));
  const [inputError, setInputError] = useState<string | null>(null);
  const [confirmDecline, setConfirmDecline] = useState(false);
  const respond = useMutation({
    mutationFn: (input: { accept: boolean; contribution: string | null }) =>
      request(RespondToProjectInvitationMutation, { input: { participationId: invitation.id, ...input } }),
    onSuccess: async (result) => {
      const answer = result.respondToProjectInvitation;
      setConfirmDecline(false);
      onAnswered(t(answer.status === 'ACTIVE' ? 'projectInvitations.accepted' : 'projectInvitations.declined', { title: answer.projectTitle }));
      await Promise.all([queryClient.invalidateQueries({ queryKey: projectInvitationsQueryKey }), queryClient.invalidateQueries({ queryKey: projectsQueryKey })]);
    },
  });

  const inputId = `invitation-${invitation.id}-contribution`;
  const titleId = `invitation-${invitation.id}-title`;
  const errorId = `${inputId}-error`;
  const error = inputError ?? (respond.isError && !confirmDecline ? apiErrorMessage(respond.error, t) : null);

  function accept() {
    respond.reset();
    const parsed = respondToProjectInvitationSchema.safeParse({ participationId: invitation.id, accept: true, contribution: contribution.trim() || null });
    if (!parsed.success) {
      setInputError(parsed.error.issues[0]?.message ?? t('errors.internal'));
      return;
    }
    setInputError(null);
    respond.mutate({ accept: true, contribution: parsed.data.contribution });
  }

  return (
    <tr>
      <th scope="row" id={titleId} className="table__name">
        <span className="table__code">{invitation.projectCode}</span> {invitation.projectTitle}
      </th>
      <td>{invitation.leadName}</td>
      <td>{t(`enums.participationRole.${invitation.role}`)}</td>
      <td>{formatDate(invitation.invitedAt, i18n.language)}</td>
      <td>
        {canRespond ? (
          <div className="inline-form">
            <div className={`field field--compact${error ? ' field--error' : ''}`}>
              <label htmlFor={inputId} className="field__label">
                {t('projectInvitations.yourContribution')}
              </label>
              <input
                id={inputId}
                className="field__input field__input--compact"
                inputMode="decimal"
                autoComplete="off"
                value={contribution}
                onChange={(event) => setContribution(event.target.value)}
                aria-invalid={error ? 'true' : 'false'}
                aria-describedby={error ? `${errorId} ${titleId}` : titleId}
              />
              {error && (
                <p id={errorId} className="field__error" role="alert">
                  {error}
                </p>
              )}
            </div>
            <div className="button-group">
              <button type="button" className="button button--primary button--small" onClick={accept} disabled={respond.isPending} aria-describedby={titleId}>
                {t('projectInvitations.accept')}
              </button>
              <button type="button" className="button button--secondary button--small button--danger-outline" onClick={() => setConfirmDecline(true)} disabled={respond.isPending} aria-describedby={titleId}>
                {t('projectInvitations.decline')}
              </button>
            </div>
            <ConfirmDialog
              open={confirmDecline}
              title={t('projectInvitations.declineTitle', { title: invitation.projectTitle })}
              confirmLabel={t('projectInvitations.decline')}
              cancelLabel={t('common.cancel')}
              busy={respond.isPending}
              onCancel={() => {
                respond.reset();
                setConfirmDecline(false);
              }}
              onConfirm={() => respond.mutate({ accept: false, contribution: null })}
            >
              <p>{t('projectInvitations.declineText', { lead: invitation.leadName })}</p>
              {confirmDecline && respond.isError && (
                <p className="field__error" role="alert">
                  {apiErrorMessage(respond.error, t)}
                </p>
              )}
            </ConfirmDialog>
          </div>
        ) : invitation.contribution ? (
          formatAmount(invitation.contribution, i18n.language)
        ) : (
          <span className="table__muted">—</span>
        )}
      </td>
    </tr>
  );
}
