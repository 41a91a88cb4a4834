import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { StatusMessage } from '../../ui/status-message';
import { pendingInvitationsQueryKey } from './members-query-keys';
import { PendingInvitationRow } from './pending-invitation-row';
import { PendingInvitationsQuery } from './members.operations';

// The e-mail is sent by the worker a moment after the invitation is created: poll while a delivery is under way.
const DELIVERY_POLL_MS = 3_000;
const IN_FLIGHT = new Set(['PENDING', 'SENDING']);

export function PendingInvitations() {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const invitations = useQuery({
    queryKey: pendingInvitationsQueryKey,
    queryFn: () => request(PendingInvitationsQuery),
    refetchInterval: (query) =>
      query.state.data?.pendingInvitations.some((invitation) => IN_FLIGHT.has(invitation.emailStatus ?? '')) ? DELIVERY_POLL_MS : false,
  });

  const list = invitations.data?.pendingInvitations ?? [];

  return (
    <section className="section">
      <h2 id="pending-title" className="section__title">
        {t('pendingInvitations.title')}
      </h2>
      <StatusMessage message={announcement} />
      {invitations.isPending && <LoadingStatus label={t('pendingInvitations.loading')} />}
      {invitations.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(invitations.error, t)}</p>
        </ErrorNotice>
      )}
      {invitations.isSuccess && list.length === 0 && <p className="empty-state empty-state--compact">{t('pendingInvitations.empty')}</p>}
      {list.length > 0 && (
        <div className="table-wrapper" role="region" aria-labelledby="pending-title" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('pendingInvitations.email')}</th>
                <th scope="col">{t('pendingInvitations.role')}</th>
                <th scope="col">{t('pendingInvitations.emailStatus')}</th>
                <th scope="col">{t('pendingInvitations.expiresAt')}</th>
                <th scope="col">{t('pendingInvitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((invitation) => (
                <PendingInvitationRow key={invitation.id} invitation={invitation} onAnnounce={setAnnouncement} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
