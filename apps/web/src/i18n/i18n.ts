import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const STORAGE_KEY = 'passerelles.language';

function isSupported(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): SupportedLanguage {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isSupported(stored) ? stored : 'fr';
  } catch {
    // Storage can be refused (privacy settings): French, the product language, is then the default.
    return 'fr';
  }
}

function applyLanguage(language: string): void {
  // Screen readers pick their voice from <html lang>; it must follow the interface language.
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted: the choice still holds for this visit.
  }
}

export function currentLanguage(): SupportedLanguage {
  return isSupported(i18next.language) ? i18next.language : 'fr';
}

/** BCP 47 locale used to format dates and numbers for the interface language. */
export function formattingLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'fr',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    // Translations are bundled: initialise synchronously so the first render already has its texts.
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" in names such as "Tom & Jerry".
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  i18next.on('languageChanged', applyLanguage);
  document.documentElement.lang = i18next.language;
  return i18next;
}
