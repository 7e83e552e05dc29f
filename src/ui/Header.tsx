// The top bar: the name of the place and the language toggle.
import { setLang } from '../store';
import { ResetButton } from './ResetButton';
import { useAppStore, useStrings } from './useAppStore';

export function Header() {
  const t = useStrings();
  const lang = useAppStore((state) => state.ui.lang);
  return (
    <header className="app-header">
      <h1>{t.appTitle}</h1>
      <span className="tagline">{t.tagline}</span>
      <ResetButton />
      <button
        type="button"
        className="lang-toggle"
        lang={lang === 'bn' ? 'en' : 'bn'}
        title={t.switchLangTitle}
        onClick={() => setLang(lang === 'bn' ? 'en' : 'bn')}
      >
        {t.switchLang}
      </button>
    </header>
  );
}
