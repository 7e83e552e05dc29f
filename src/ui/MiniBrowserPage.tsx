// One loaded page: HTML in a frame that runs no script and fetches nothing, text as text, or a
// browser's error page.
import type { BrowserPage } from '../store/browser/browserPage';
import { pageView } from './miniBrowserView';
import { useStrings } from './useAppStore';

export function MiniBrowserPage({ page }: { page: BrowserPage }) {
  const t = useStrings();
  const view = pageView(page, t);
  switch (view.kind) {
    case 'html':
      return <iframe className="browser-frame" sandbox="" srcDoc={view.srcDoc} title={t.browserFrameTitle} data-testid="browser-frame" />;
    case 'text':
      return (
        <pre className="browser-text" lang="en" data-testid="browser-text">
          {view.text}
        </pre>
      );
    case 'error':
      return (
        <div className="browser-error" data-testid="browser-error">
          <h4>{view.heading}</h4>
          <p>{view.detail}</p>
          <p className="browser-error-code" lang="en">
            {view.code}
          </p>
        </div>
      );
  }
}
