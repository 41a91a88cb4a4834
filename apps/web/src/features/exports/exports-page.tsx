import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../ui/coming-soon-page';

export function ExportsPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('exports.title')} text={t('exports.soon')} />;
}
