import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface BrandProps {
  to: string;
}

export function Brand({ to }: BrandProps) {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <Link to={to} className="brand__name" aria-label={t('app.homeLink')}>
        <span className="brand__logo" aria-hidden="true" />
        {t('app.name')}
      </Link>
      <p className="brand__tagline">{t('app.tagline')}</p>
    </div>
  );
}
