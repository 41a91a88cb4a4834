import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';

export function AdministrationPage() {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  return (
    <>
      <PageHeading title={t('administration.title')} />
      <p className="lead">{t('administration.intro', { tenant: viewer.currentTenant.name })}</p>
      <ul className="tiles">
        <li className="tile">
          <h2 className="tile__title">
            <Link to="/administration/membres">{t('administration.members')}</Link>
          </h2>
          <p>{t('administration.membersDescription')}</p>
        </li>
        <li className="tile">
          <h2 className="tile__title">
            <Link to="/administration/journal">{t('administration.journal')}</Link>
          </h2>
          <p>{t('administration.journalDescription')}</p>
        </li>
        <li className="tile">
          <h2 className="tile__title">
            <Link to="/administration/parametres">{t('administration.settings')}</Link>
          </h2>
          <p>{t('administration.settingsDescription')}</p>
        </li>
      </ul>
    </>
  );
}
