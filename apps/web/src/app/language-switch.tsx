import { useTranslation } from 'react-i18next';

/** Offers the other language, written in that language (and marked so, for the speech synthesiser). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchToCode');
  return (
    <button type="button" className="button button--tertiary language-switch" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      {t('language.switchTo')}
    </button>
  );
}
