import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { DepartmentPage } from './departments/department-page';
import { I18nProvider } from './i18n/i18n';
import { NotFoundPage } from './layout/not-found-page';
import { PageLayout } from './layout/page-layout';
import { PlanPage } from './plans/plan-page';
import { PlansPage } from './plans/plans-page';

/** Routes use Danish paths, as the pages' visitors read them. */
export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<PageLayout />}>
            <Route index element={<PlansPage />} />
            <Route path="planer/:slug" element={<PlanPage />} />
            <Route path="afdelinger/:slug" element={<DepartmentPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </I18nProvider>
  );
}
