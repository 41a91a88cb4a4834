import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { sentToFromState } from '../../lib/link-secret';
import { PageHeading } from '../../ui/page-heading';

interface EmailSentPageProps {
  /** i18n section: signUp or forgotPassword (keys sentTitle, sentBody, sentBodyNoEmail, sentHint). */
  section: 'signUp' | 'forgotPassword';
}

/**
 * "Check your inbox", after the sign-up and the forgotten-password forms. The same page whether or not the
 * address has an account: the e-mail itself tells its owner which case it is.
 */
export function EmailSentPage({ section }: EmailSentPageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const sentTo = sentToFromState(location.state);
  return (
    <div className="form-page">
      <PageHeading title={t(`${section}.sentTitle`)} />
      <div className="card">
        <p className="lead">{sentTo ? t(`${section}.sentBody`, { email: sentTo }) : t(`${section}.sentBodyNoEmail`)}</p>
        <p>{t(`${section}.sentHint`)}</p>
      </div>
      <p className="form-page__aside">
        <Link to="/connexion">{t('forgotPassword.loginLink')}</Link>
      </p>
    </div>
  );
}
