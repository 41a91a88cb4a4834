import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../ui/coming-soon-page';

export function DashboardPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('dashboard.title')} text={t('dashboard.soon')} />;
}
