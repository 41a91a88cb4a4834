import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PendingInvitationsQuery } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatDate } from '../../lib/format-date';
import { auditEventsQueryKey, pendingInvitationsQueryKey } from './members-query-keys';
import { ResendInvitationMutation, RevokeInvitationMutation } from './members.operations';

type Invitation = PendingInvitationsQuery['pendingInvitations'][number];

const KNOWN_STATUSES = new Set(['PENDING', 'SENDING', 'SENT', 'FAILED']);

interface PendingInvitationRowProps {
  invitation: Invitation;
  onAnnounce: (message: string) => void;
}

export function PendingInvitationRow({ invitation, onAnnounce }: PendingInvitationRowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: pendingInvitationsQueryKey }),
      queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
    ]);
  const resend = useMutation({
    mutationFn: () => request(ResendInvitationMutation, { id: invitation.id }),
    onSuccess: async () => {
      onAnnounce(t('pendingInvitations.resent', { email: invitation.email }));
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => request(RevokeInvitationMutation, { id: invitation.id }),
    onSuccess: async () => {
      onAnnounce(t('pendingInvitations.revoked', { email: invitation.email }));
      await refresh();
    },
  });

  const status = KNOWN_STATUSES.has(invitation.emailStatus ?? '') ? (invitation.emailStatus as string) : 'UNKNOWN';
  const busy = resend.isPending || revoke.isPending;
  const failure = resend.error ?? revoke.error;
  // Each button is described by its row's address, for people who reach it out of its row (a screen reader's
  // list of buttons). A description rather than hidden text in the name, so the cells' names stay their content.
  const emailId = `invitation-${invitation.id}-email`;

  return (
    <tr>
      <td id={emailId} className="table__email">
        {invitation.email}
      </td>
      <td>{t(`roles.${invitation.role}`)}</td>
      <td>
        <span className={`badge badge--${status.toLowerCase()}`}>{t(`pendingInvitations.status.${status}`)}</span>
      </td>
      <td>
        {formatDate(invitation.expiresAt, i18n.language)}
        {invitation.expired && <span className="badge badge--expired">{t('pendingInvitations.expired')}</span>}
      </td>
      <td>
        <div className="button-group">
          <button type="button" className="button button--secondary button--small" onClick={() => resend.mutate()} disabled={busy} aria-busy={resend.isPending} aria-describedby={emailId}>
            {t('pendingInvitations.resend')}
          </button>
          <button type="button" className="button button--secondary button--small button--danger-outline" onClick={() => revoke.mutate()} disabled={busy} aria-busy={revoke.isPending} aria-describedby={emailId}>
            {t('pendingInvitations.revoke')}
          </button>
        </div>
        {failure && (
          <p className="field__error" role="alert">
            {apiErrorMessage(failure, t)}
          </p>
        )}
      </td>
    </tr>
  );
}
