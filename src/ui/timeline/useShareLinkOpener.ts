// Opens a share link found in the page's fragment (at start and when the fragment changes), then
// takes the fragment out of the address so that a reload does not open it over later work.
import { useEffect, useState } from 'react';
import { openShareLink } from '../../store/timeline/shareActions';
import { FRAGMENT_PREFIX, inflateText } from '../../store/timeline/shareCodec';
import { DEMO_LIMITS, parseDemo } from '../classroom/demoScript';
import { loadDemo } from '../classroom/demoPlayer';

export type LinkNotice = 'openedShared' | 'refusedShared' | 'unknownLessonShared' | 'refusedDemo' | null;

/** `#demo=` + base64url(deflate-raw(the demo script's text)). */
export const DEMO_PREFIX = '#demo=';

async function openDemoFragment(text: string): Promise<boolean> {
  const source = await inflateText(text, DEMO_LIMITS.chars);
  const parsed = source === null ? null : parseDemo(source);
  if (!parsed?.ok) return false;
  loadDemo(parsed.demo);
  return true;
}

export function useShareLinkOpener(): LinkNotice {
  const [notice, setNotice] = useState<LinkNotice>(null);
  useEffect(() => {
    let live = true;
    const open = () => {
      const { hash } = window.location;
      if (hash.startsWith(DEMO_PREFIX)) {
        history.replaceState(null, '', window.location.pathname + window.location.search);
        void openDemoFragment(hash.slice(DEMO_PREFIX.length)).then((ok) => live && !ok && setNotice('refusedDemo'));
        return;
      }
      if (!hash.startsWith(FRAGMENT_PREFIX)) return;
      history.replaceState(null, '', window.location.pathname + window.location.search);
      openShareLink(hash).then(
        (result) => {
          if (!live) return;
          setNotice(result === 'opened' ? 'openedShared' : result === 'unknownLesson' ? 'unknownLessonShared' : 'refusedShared');
        },
        () => live && setNotice('refusedShared'),
      );
    };
    open();
    window.addEventListener('hashchange', open);
    return () => {
      live = false;
      window.removeEventListener('hashchange', open);
    };
  }, []);
  return notice;
}
