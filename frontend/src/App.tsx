import { App as AntApp, Button, Result, Spin } from 'antd';
import type { ComponentType } from 'react';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { I18nProvider, useErrorMessage, useI18n } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { GridMapPage } from './pages/GridMap/GridMapPage';
import { RegionTreePage } from './pages/RegionTree/RegionTreePage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { useRoute, type Route } from './routing';

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

const PAGES: Record<Route, ComponentType> = {
  map: GridMapPage,
  regions: RegionTreePage,
};

function SignedInApp() {
  const [route, navigate] = useRoute();
  const Page = PAGES[route];
  return (
    <AppLayout route={route} onNavigate={navigate}>
      <Page />
    </AppLayout>
  );
}
