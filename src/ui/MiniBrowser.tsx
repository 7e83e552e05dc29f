// The mini browser: an address bar over the simulated network (the request leaves from the host of
// the active terminal, as curl typed there would) and the page as a browser shows it.
import { useEffect, useState, type FormEvent } from 'react';
import { browse, reloadPage } from '../store/browser/browseActions';
import { MiniBrowserPage } from './MiniBrowserPage';
import { useAppStore, useStrings } from './useAppStore';

export function MiniBrowser() {
  const t = useStrings();
  const browser = useAppStore((state) => state.ui.browser);
  const [address, setAddress] = useState(browser.url);
  // A load (or a restored session) puts its URL in the bar, as a browser does.
  useEffect(() => setAddress(browser.url), [browser.url, browser.loads]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (address.trim() !== '') browse(address);
  };
  return (
    // A collapsible section under the views: <details> folds it with keyboard and screen readers alike.
    <details className="mini-browser" open data-testid="mini-browser">
      <summary>
        <h3>{t.browserTitle}</h3>
      </summary>
      <form className="browser-bar" onSubmit={submit} role="search">
        <button type="button" onClick={() => reloadPage()} disabled={browser.page === null} title={t.browserReload} aria-label={t.browserReload}>
          ⟳
        </button>
        <input
          type="text"
          inputMode="url"
          lang="en"
          spellCheck={false}
          autoComplete="off"
          aria-label={t.browserAddress}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit">{t.browserGo}</button>
      </form>
      <div className="browser-viewport">
        {browser.page ? <MiniBrowserPage key={browser.loads} page={browser.page} /> : <p className="browser-empty">{t.browserEmpty}</p>}
      </div>
    </details>
  );
}
