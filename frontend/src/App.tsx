import { App as AntApp, Button, Result, Spin } from 'antd';
import type { ComponentType } from 'react';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { I18nProvider, useErrorMessage, useI18n } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { DepartmentPage } from './pages/Department/DepartmentPage';
import { DisputesPage } from './pages/Disputes/DisputesPage';
import { EventsPage } from './pages/Events/EventsPage';
import { GridBuildingsPage } from './pages/GridBuildings/GridBuildingsPage';
import { GridMapPage } from './pages/GridMap/GridMapPage';
import { GridTeamsPage } from './pages/GridTeams/GridTeamsPage';
import { ImportPage } from './pages/Import/ImportPage';
import { PartyPage } from './pages/Party/PartyPage';
import { RegionTreePage } from './pages/RegionTree/RegionTreePage';
import { ResidentsPage } from './pages/Residents/ResidentsPage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { SupervisionPage } from './pages/Supervision/SupervisionPage';
import { useRoute, type PageName, type PageProps } from './routing';

export function App() {
  return (
    <I18nProvider>
      <AntApp>
        <AuthProvider>
          <SessionGate />
        </AuthProvider>
      </AntApp>
    </I18nProvider>
  );
}

/** Shows the sign-in page until there is a session, then the app. */
function SessionGate() {
  const { state, retry } = useAuth();
  const { t } = useI18n();
  const errorMessage = useErrorMessage();

  switch (state.status) {
    case 'restoring':
      return (
        <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
          <Spin size="large" />
        </div>
      );
    case 'unavailable':
      return (
        <Result
          status="warning"
          title={errorMessage(state.error)}
          extra={<Button onClick={retry}>{t('common.retry')}</Button>}
        />
      );
    case 'signedOut':
      return <SignInPage sessionExpired={state.sessionExpired} />;
    case 'signedIn':
      return <SignedInApp />;
  }
}

const PAGES: Record<PageName, ComponentType<PageProps>> = {
  map: GridMapPage,
  regions: RegionTreePage,
  residents: ResidentsPage,
  buildings: GridBuildingsPage,
  teams: GridTeamsPage,
  party: PartyPage,
  import: ImportPage,
  events: EventsPage,
  department: DepartmentPage,
  supervision: SupervisionPage,
  disputes: DisputesPage,
};

function SignedInApp() {
  const route = useRoute();
  const Page = PAGES[route.page];
  return (
    <AppLayout page={route.page} param={route.param}>
      {/* A new id is a new page: its state starts afresh. */}
      <Page key={`${route.page}/${route.param ?? ''}`} param={route.param} />
    </AppLayout>
  );
}
