import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatDate } from '../../lib/format-date';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { AcceptInvitationForm } from './accept-invitation-form';
import { invitationTokenFromHash } from './invitation-token';
import { InvitationPreviewQuery } from './invitation.operations';

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const token = invitationTokenFromHash(location.hash);
  const preview = useQuery({
    queryKey: ['invitationPreview', token],
    queryFn: () => request(InvitationPreviewQuery, { token: token ?? '' }),
    enabled: token !== null,
    retry: false,
  });

  if (token === null) {
    return (
      <div className="form-page">
        <PageHeading title={t('invitation.title')} />
        <ErrorNotice>
          <p>{t('invitation.missingToken')}</p>
        </ErrorNotice>
      </div>
    );
  }

  if (preview.isPending) {
    return (
      <div className="form-page" aria-busy="true">
        <PageHeading title={t('invitation.title')} />
        <LoadingStatus label={t('invitation.loading')} />
      </div>
    );
  }

  if (preview.isError) {
    return (
      <div className="form-page">
        <PageHeading title={t('invitation.title')} />
        <ErrorNotice title={t('invitation.invalid')}>
          <p>{apiErrorMessage(preview.error, t)}</p>
          <p>{t('invitation.askAgain')}</p>
        </ErrorNotice>
        <p className="form-page__aside">
          <Link to="/connexion">{t('invitation.loginLink')}</Link>
        </p>
      </div>
    );
  }

  const invitation = preview.data.invitationPreview;
  const title = t('invitation.titleWithTenant', { tenant: invitation.tenantName });

  return (
    <div className="form-page">
      <PageHeading title={title} />
      <section className="summary-box" aria-labelledby="invitation-details">
        <h2 id="invitation-details" className="summary-box__title">
          {t('invitation.details')}
        </h2>
        <dl className="summary-list">
          <div>
            <dt>{t('invitation.tenant')}</dt>
            <dd>{invitation.tenantName}</dd>
          </div>
          <div>
            <dt>{t('invitation.email')}</dt>
            <dd>{invitation.email}</dd>
          </div>
          <div>
            <dt>{t('invitation.role')}</dt>
            <dd>{t(`roles.${invitation.role}`)}</dd>
          </div>
          <div>
            <dt>{t('invitation.expiresAt')}</dt>
            <dd>{formatDate(invitation.expiresAt, i18n.language)}</dd>
          </div>
        </dl>
      </section>
      <AcceptInvitationForm key={token} token={token} accountExists={invitation.accountExists} />
    </div>
  );
}
