import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AreaPage } from './areas/area-page';
import { MunicipalityAreasPage } from './areas/municipality-areas-page';
import { WatchListPage } from './areas/watch-list-page';
import { AuditPage } from './audit/audit-page';
import { SessionProvider } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { BudgetPage } from './budget/budget-page';
import { DepartmentPage } from './departments/department-page';
import { I18nProvider } from './i18n/i18n';
import { NotFoundPage } from './layout/not-found-page';
import { PageLayout } from './layout/page-layout';
import { ProgressPage } from './monitoring/progress-page';
import { RegisterPage } from './monitoring/register-page';
import { SessionsPage } from './monitoring/sessions-page';
import { TargetsPage } from './monitoring/targets-page';
import { ParticipantsPage } from './participants/participants-page';
import { PlanPage } from './plans/plan-page';
import { PlansPage } from './plans/plans-page';

/** Routes use Danish paths, as the pages' visitors read them. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<PageLayout />}>
              <Route index element={<PlansPage />} />
              <Route path="planer/:slug" element={<PlanPage />} />
              <Route path="planer/:slug/budget" element={<BudgetPage />} />
              <Route path="planer/:slug/deltagere" element={<ParticipantsPage />} />
              <Route path="planer/:slug/registrer" element={<RegisterPage />} />
              <Route path="planer/:slug/registreringer" element={<SessionsPage />} />
              <Route path="planer/:slug/fremdrift" element={<ProgressPage />} />
              <Route path="planer/:slug/maal" element={<TargetsPage />} />
              <Route path="planer/:slug/revisionsspor" element={<AuditPage />} />
              <Route path="log-ind" element={<SignInPage />} />
              <Route path="afdelinger/:slug" element={<DepartmentPage />} />
              <Route path="omraader/overvaagning" element={<WatchListPage />} />
              <Route path="omraader/:slug" element={<AreaPage />} />
              <Route path="kommuner/:slug/omraader" element={<MunicipalityAreasPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
