import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The frame of every page. On client-side navigation the page scrolls to the top and focus goes
 * to the new page's heading (see PageHeading), as a full page load would do for screen readers.
 */
export function PageLayout() {
  const { pathname } = useLocation();
  const first = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new path, by design.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    pendingHeadingFocus.current = true;
  }, [pathname]);

  return (
    <>
      <SiteHeader />
      <main id="main-content" className="container page-main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

/** Set on navigation; the next page heading to mount takes focus and clears it. */
export const pendingHeadingFocus = { current: false };
