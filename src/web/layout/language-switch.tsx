import { useLanguage, useT } from '../i18n/i18n';
import { Icon } from './icon';

/** One button that switches between Danish and English; the label is in the other language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <button
      type="button"
      className={`function-link ${className ?? ''}`}
      lang={t.layout.switchLanguageLang}
      aria-label={t.layout.switchLanguageLabel}
      onClick={() => setLanguage(language === 'da' ? 'en' : 'da')}
    >
      <Icon name="language" />
      {t.layout.switchLanguage}
    </button>
  );
}
