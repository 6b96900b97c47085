import { ApartmentOutlined, EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Segmented, Space, Tag, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useAuth, useViewer } from '../auth/AuthProvider';
import { useI18n, type Language } from '../i18n';
import { useDomainLabels } from '../regions/labels';
import type { Route } from '../routing';

const { Header, Sider, Content } = Layout;

interface AppLayoutProps {
  route: Route;
  onNavigate: (route: Route) => void;
  children: ReactNode;
}

/** The signed-in frame: header with tenant, user, role, language and sign-out; side menu. */
export function AppLayout({ route, onNavigate, children }: AppLayoutProps) {
  const { t } = useI18n();
  const { token } = theme.useToken();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <TenantTitle />
        <div style={{ flex: 1 }} />
        <HeaderActions />
      </Header>
      <Layout>
        <Sider width={200} theme="light" breakpoint="lg" collapsedWidth={56}>
          <Menu
            mode="inline"
            selectedKeys={[route]}
            style={{ height: '100%', borderInlineEnd: 0 }}
            onClick={({ key }) => onNavigate(key as Route)}
            items={[
              { key: 'map', icon: <EnvironmentOutlined />, label: t('layout.menu.gridMap'), 'data-testid': 'menu-map' },
              { key: 'regions', icon: <ApartmentOutlined />, label: t('layout.menu.regionTree'), 'data-testid': 'menu-regions' },
            ]}
          />
        </Sider>
        <Content style={{ padding: 16, minWidth: 0 }}>{children}</Content>
      </Layout>
    </Layout>
  );
}

function TenantTitle() {
  const { t } = useI18n();
  const viewer = useViewer();
  return (
    <Space size={12} align="center">
      <Typography.Text strong style={{ fontSize: 18 }}>
        {t('app.shortTitle')}
      </Typography.Text>
      <Typography.Text data-testid="tenant-name" style={{ fontSize: 16 }}>
        {viewer.tenant.name}
      </Typography.Text>
      <Typography.Text type="secondary">{viewer.tenant.code}</Typography.Text>
    </Space>
  );
}

function HeaderActions() {
  const { t, language, setLanguage } = useI18n();
  const { signOut } = useAuth();
  const viewer = useViewer();
  const labels = useDomainLabels();
  const [primary, ...others] = viewer.roleAssignments;

  return (
    <Space size={16} align="center">
      <Space size={4}>
        <UserOutlined />
        <Typography.Text data-testid="user-name">{viewer.user.displayName}</Typography.Text>
      </Space>
      {primary ? (
        <Tooltip
          title={viewer.roleAssignments
            .map((a) => `${labels.role(a.role)}${a.scopeName ? ` · ${a.scopeName}` : ''}`)
            .join('；')}
        >
          <Tag color="geekblue" data-testid="user-role">
            {labels.role(primary.role)}
            {primary.scopeName ? ` · ${primary.scopeName}` : ''}
            {others.length > 0 ? ` +${others.length}` : ''}
          </Tag>
        </Tooltip>
      ) : (
        <Tag>{t('layout.noRole')}</Tag>
      )}
      <Segmented<Language>
        aria-label={t('layout.language')}
        size="small"
        value={language}
        onChange={setLanguage}
        options={[
          { label: '中文', value: 'zh' },
          { label: 'English', value: 'en' },
        ]}
      />
      <Button icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="sign-out">
        {t('layout.signOut')}
      </Button>
    </Space>
  );
}
