import i18next from 'i18next';
import { LANGUAGES, type Language } from '@invataxi/domain';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

export { LANGUAGES, type Language };
const STORAGE_KEY = 'invataxi.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  const nav = (navigator.language || 'kk').slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(nav) ? (nav as Language) : 'kk';
}

/** Remembers the choice and keeps <html lang> in step, so screen readers pick the right voice. */
export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
}

export function currentLanguage(): Language {
  const l = i18next.language;
  return (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'kk';
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.title');
});

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;
document.title = i18next.t('app.title');

export default i18next;
