import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../ui/coming-soon-page';

export function RemindersPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('reminders.title')} text={t('reminders.soon')} />;
}
