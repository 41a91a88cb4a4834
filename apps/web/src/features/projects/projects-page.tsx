import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';

// The projects API arrives in a later issue: until then the list is always empty.
export function ProjectsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('projects.title')} />
      <div className="empty-state">
        <p className="empty-state__title">{t('projects.empty')}</p>
        <p>{t('projects.emptyHint')}</p>
      </div>
    </>
  );
}
