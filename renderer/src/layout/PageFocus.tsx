import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { pageDidChange } from '../forms/focus';

/** After a page change (not the first load), the keyboard starts at the new screen's heading. */
export function PageFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pageDidChange();
  }, [pathname]);
  return null;
}
