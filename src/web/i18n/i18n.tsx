import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { da, type Messages } from './da';
import { en } from './en';

export type Language = 'da' | 'en';

const MESSAGES: Record<Language, Messages> = { da, en };
const STORAGE_KEY = 'helhedsplan.language';

interface I18nValue {
  language: Language;
  t: Messages;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nValue>({ language: 'da', t: da, setLanguage: () => {} });

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    // Storage can be blocked (private mode, policies); Danish is the default anyway.
    return 'da';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered between visits — harmless.
    }
  }, []);

  // Screen readers pick pronunciation from <html lang>.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(() => ({ language, t: MESSAGES[language], setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The texts of the current language. */
export function useT(): Messages {
  return useContext(I18nContext).t;
}

export function useLanguage(): Pick<I18nValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useContext(I18nContext);
  return { language, setLanguage };
}
