/**
 * The web app's routes as data: the path, the page module (relative to src/web) and the component
 * it exports, and who may read it. `app.tsx` loads each page as its own chunk from this table;
 * the bundle budget (test/web/bundle-budget.test.ts, bench/bundles.bench.ts) reads the same table
 * against the Vite manifest, so a new route is measured as soon as it is added here.
 * Paths are Danish, as the pages' visitors read them.
 */
export interface RouteSpec {
  /** React Router path below the layout; '' is the front page (index route). */
  path: string;
  /** Page module, relative to src/web, as the Vite manifest names it. */
  page: string;
  /** The named export of `page` that renders the route. */
  component: string;
  /** `public` pages are readable without signing in and are held to the JavaScript budget. */
  audience: 'public' | 'signedIn';
  /** A concrete demo URL of the route, for measurements and screenshots. */
  example: string;
}

export const ROUTES: readonly RouteSpec[] = [
  { path: '', page: 'plans/plans-page.tsx', component: 'PlansPage', audience: 'public', example: '/' },
  {
    path: 'planer/:slug',
    page: 'plans/plan-page.tsx',
    component: 'PlanPage',
    audience: 'public',
    example: '/planer/koege-2021-2025',
  },
  {
    path: 'planer/:slug/budget',
    page: 'budget/budget-page.tsx',
    component: 'BudgetPage',
    audience: 'public',
    example: '/planer/amager-2022-2025/budget',
  },
  {
    path: 'planer/:slug/deltagere',
    page: 'participants/participants-page.tsx',
    component: 'ParticipantsPage',
    audience: 'signedIn',
    example: '/planer/holbaek-2024-2027/deltagere',
  },
  {
    path: 'planer/:slug/registrer',
    page: 'monitoring/register-page.tsx',
    component: 'RegisterPage',
    audience: 'signedIn',
    example: '/planer/holbaek-2024-2027/registrer',
  },
  {
    path: 'planer/:slug/registreringer',
    page: 'monitoring/sessions-page.tsx',
    component: 'SessionsPage',
    audience: 'signedIn',
    example: '/planer/holbaek-2024-2027/registreringer',
  },
  {
    path: 'planer/:slug/fremdrift',
    page: 'monitoring/progress-page.tsx',
    component: 'ProgressPage',
    audience: 'signedIn',
    example: '/planer/holbaek-2024-2027/fremdrift',
  },
  {
    path: 'planer/:slug/maal',
    page: 'monitoring/targets-page.tsx',
    component: 'TargetsPage',
    audience: 'signedIn',
    example: '/planer/holbaek-2024-2027/maal',
  },
  {
    path: 'planer/:slug/revisionsspor',
    page: 'audit/audit-page.tsx',
    component: 'AuditPage',
    audience: 'signedIn',
    example: '/planer/holbaek-2024-2027/revisionsspor',
  },
  {
    path: 'log-ind',
    page: 'auth/sign-in-page.tsx',
    component: 'SignInPage',
    audience: 'public',
    example: '/log-ind',
  },
  {
    path: 'afdelinger/:slug',
    page: 'departments/department-page.tsx',
    component: 'DepartmentPage',
    audience: 'public',
    example: '/afdelinger/hastrupparken',
  },
  {
    path: 'omraader/overvaagning',
    page: 'areas/watch-list-page.tsx',
    component: 'WatchListPage',
    audience: 'public',
    example: '/omraader/overvaagning',
  },
  {
    path: 'omraader/:slug',
    page: 'areas/area-page.tsx',
    component: 'AreaPage',
    audience: 'public',
    example: '/omraader/ellemarken-omraade',
  },
  {
    path: 'kommuner/:slug/omraader',
    page: 'areas/municipality-areas-page.tsx',
    component: 'MunicipalityAreasPage',
    audience: 'public',
    example: '/kommuner/koege/omraader',
  },
  {
    path: '*',
    page: 'layout/not-found-page.tsx',
    component: 'NotFoundPage',
    audience: 'public',
    example: '/findes-ikke',
  },
];

/**
 * The JavaScript budget of a public page: every script it needs to render, gzip-compressed,
 * 150 KB in Vite's own unit (1 kB = 1,000 bytes, as issue 13 measured the 267 KB before).
 */
export const PUBLIC_PAGE_JS_BUDGET_BYTES = 150_000;
