import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT_ID } from './skip-link';

/**
 * Last resort when rendering a route throws. It stands outside the router's layouts (which may be what failed),
 * so it brings its own landmarks and does not rely on router hooks.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('routeError.title')} — ${t('app.titleSuffix')}`;
  }, [t]);
  return (
    <main id={MAIN_CONTENT_ID} className="site-main site-main--narrow container">
      <h1 className="page-heading">{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </button>
    </main>
  );
}
