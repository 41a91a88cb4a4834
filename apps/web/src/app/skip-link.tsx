import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'contenu';

/** First focusable element of every page: lets keyboard users jump over the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Move focus ourselves instead of changing the URL fragment: /invitation keeps its token there, and the
        // router would treat a new fragment as a navigation.
        event.preventDefault();
        const main = document.getElementById(MAIN_CONTENT_ID);
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('app.skipLink')}
    </a>
  );
}
