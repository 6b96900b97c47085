import { LockOutlined, UserOutlined, BankOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { errorCode } from '../../api/errors';
import { useAuth, type Credentials } from '../../auth/AuthProvider';
import { useErrorMessage, useI18n, type Language } from '../../i18n';

/** 租户代码 / 用户名 / 密码. Deliberately starts empty: no demo credentials in the UI. */
export function SignInPage({ sessionExpired }: { sessionExpired: boolean }) {
  const { t, language, setLanguage } = useI18n();
  const { signIn } = useAuth();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<Credentials>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();

  const onFinish = async (values: Credentials) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      await signIn({
        tenantCode: values.tenantCode.trim(),
        username: values.username.trim(),
        password: values.password,
      });
    } catch (error) {
      // At sign-in these two mean the credentials, not a lapsed session or a malformed request.
      const code = errorCode(error);
      setFailure(code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? t(`signIn.error.${code}`) : errorMessage(error));
      form.setFieldValue('password', '');
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%)',
        padding: 16,
      }}
    >
      <Card style={{ width: 380 }} data-testid="sign-in">
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Segmented<Language>
            size="small"
            value={language}
            onChange={setLanguage}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'English', value: 'en' },
            ]}
          />
        </div>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.shortTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('signIn.subtitle')}
        </Typography.Paragraph>

        {sessionExpired && !failure && (
          <Alert type="warning" showIcon message={t('signIn.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {failure && (
          <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="sign-in-error" />
        )}

        <Form<Credentials> form={form} name="signIn" layout="vertical" requiredMark={false} onFinish={onFinish}>
          <Form.Item
            name="tenantCode"
            label={t('signIn.tenantCode')}
            rules={[{ required: true, whitespace: true, message: t('signIn.tenantCode.required') }]}
          >
            <Input
              prefix={<BankOutlined />}
              placeholder={t('signIn.tenantCode.placeholder')}
              inputMode="numeric"
              autoComplete="organization"
              data-testid="tenant-code"
            />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('signIn.username')}
            rules={[{ required: true, whitespace: true, message: t('signIn.username.required') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('signIn.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
