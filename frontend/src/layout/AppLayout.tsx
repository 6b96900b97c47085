import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  ExceptionOutlined,
  FlagOutlined,
  IdcardOutlined,
  LogoutOutlined,
  PlusCircleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Segmented, Space, Tag, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useAuth, useViewer } from '../auth/AuthProvider';
import { usePermissions } from '../auth/permissions';
import { useI18n, type Language } from '../i18n';
import { useDomainLabels } from '../regions/labels';
import { navigate, type PageName } from '../routing';

const { Header, Sider, Content } = Layout;

interface AppLayoutProps {
  page: PageName;
  param: string | null;
  children: ReactNode;
}

/** Pages reached from another page light up that page's menu entry. */
const MENU_KEY: Partial<Record<PageName, PageName>> = { buildings: 'map' };

/** A menu key is a page, or a page and its one id (`events/new`: 上报事件). */
function menuKey(page: PageName, param: string | null): string {
  if (page === 'events' && param === 'new') return 'events/new';
  return MENU_KEY[page] ?? page;
}

/** The signed-in frame: header with tenant, user, role, language and sign-out; side menu. */
export function AppLayout({ page, param, children }: AppLayoutProps) {
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
          <SideMenu selected={menuKey(page, param)} />
        </Sider>
        <Content style={{ padding: 16, minWidth: 0 }}>{children}</Content>
      </Layout>
    </Layout>
  );
}

/** The pages, each shown only to users who hold what it needs. */
function SideMenu({ selected }: { selected: string }) {
  const { t } = useI18n();
  const can = usePermissions();
  const items = [
    { key: 'map', icon: <EnvironmentOutlined />, label: t('layout.menu.gridMap'), show: true },
    { key: 'regions', icon: <ApartmentOutlined />, label: t('layout.menu.regionTree'), show: true },
    { key: 'events', icon: <AlertOutlined />, label: t('layout.menu.events'), show: can('event:read') },
    { key: 'events/new', icon: <PlusCircleOutlined />, label: t('layout.menu.reportEvent'), show: can('event:report') },
    { key: 'department', icon: <SolutionOutlined />, label: t('layout.menu.department'), show: can('event:department') },
    {
      key: 'supervision',
      icon: <AuditOutlined />,
      label: t('layout.menu.supervision'),
      show: can('event:supervise') || can('event:handle') || can('event:department'),
    },
    {
      key: 'disputes',
      icon: <ExceptionOutlined />,
      label: t('layout.menu.disputes'),
      show: can('event:handle') || can('event:supervise'),
    },
    { key: 'residents', icon: <IdcardOutlined />, label: t('layout.menu.residents'), show: can('resident:read') },
    { key: 'teams', icon: <TeamOutlined />, label: t('layout.menu.gridTeams'), show: can('team:read') },
    { key: 'party', icon: <FlagOutlined />, label: t('layout.menu.party'), show: can('party:figures') },
    {
      key: 'import',
      icon: <CloudUploadOutlined />,
      label: t('layout.menu.import'),
      show: can('resident:write') || can('place:write') || can('team:write'),
    },
  ];
  return (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      style={{ height: '100%', borderInlineEnd: 0 }}
      onClick={({ key }) => {
        const [page, param] = key.split('/');
        navigate(page as PageName, param);
      }}
      items={items
        .filter((item) => item.show)
        .map(({ key, icon, label }) => ({ key, icon, label, 'data-testid': `menu-${key.replace('/', '-')}` }))}
    />
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
