import { type ComponentType, lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { SessionProvider } from './auth/session';
import { I18nProvider } from './i18n/i18n';
import { Loading } from './layout/loading';
import { PageLayout } from './layout/page-layout';
import { ROUTES, type RouteSpec } from './routes';

/**
 * Every page module, each its own chunk: the shell (layout, session, texts) loads first and a
 * page's code only when its route is visited (decision 020). Vite resolves the glob at build time.
 */
const PAGE_MODULES = import.meta.glob<Record<string, ComponentType>>([
  './*/*-page.tsx',
  // Shared parts of the monitoring pages, not a page of its own.
  '!./monitoring/plan-page.tsx',
]);

function lazyPage(route: RouteSpec): ComponentType {
  const load = PAGE_MODULES[`./${route.page}`];
  if (!load) throw new Error(`No page module ${route.page} for route ${route.path}`);
  return lazy(async () => {
    const module = await load();
    const component = module[route.component];
    if (!component) throw new Error(`${route.page} does not export ${route.component}`);
    return { default: component };
  });
}

const PAGES = ROUTES.map((route) => ({ route, Page: lazyPage(route) }));

/** While a page's chunk loads, the header and footer stand and the DKFDS spinner shows. */
function suspended(Page: ComponentType) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** Routes use Danish paths, as the pages' visitors read them (src/web/routes.ts). */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<PageLayout />}>
              {PAGES.map(({ route, Page }) =>
                route.path === '' ? (
                  <Route key="index" index element={suspended(Page)} />
                ) : (
                  <Route key={route.path} path={route.path} element={suspended(Page)} />
                ),
              )}
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
