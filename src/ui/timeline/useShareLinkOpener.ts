// Opens a share link found in the page's fragment (at start and when the fragment changes), then
// takes the fragment out of the address so that a reload does not open it over later work.
import { useEffect, useState } from 'react';
import { openShareLink } from '../../store/timeline/shareActions';
import { FRAGMENT_PREFIX } from '../../store/timeline/shareCodec';

export type LinkNotice = 'openedShared' | 'refusedShared' | 'unknownLessonShared' | null;

export function useShareLinkOpener(): LinkNotice {
  const [notice, setNotice] = useState<LinkNotice>(null);
  useEffect(() => {
    let live = true;
    const open = () => {
      const { hash } = window.location;
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
