import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../api/client';
import { usePermissions } from '../auth/permissions';
import type { IdentifierField } from '../gql/graphql';
import { useErrorMessage, useI18n, useUserErrorMessage } from '../i18n';
import { RevealResidentIdentifierMutation } from './documents';

interface RevealableIdentifierProps {
  residentId: string;
  field: IdentifierField;
  /** The value as the server masks it, e.g. `3715**********1234`; null when none is recorded. */
  masked: string | null;
  testId: string;
}

type Revealed = { value: string | null } | null;

/**
 * An ID number or phone as the server masks it, with "查看完整号码" for users who hold
 * `resident:reveal`. The full value lives only in this component's state (gone when the
 * drawer closes); the server writes every reveal to the audit log.
 */
export function RevealableIdentifier({ residentId, field, masked, testId }: RevealableIdentifierProps) {
  const { t } = useI18n();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const userErrorMessage = useUserErrorMessage();
  const [revealed, setRevealed] = useState<Revealed>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();

  if (!masked) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const reveal = async () => {
    setLoading(true);
    setError(undefined);
    try {
      const { revealResidentIdentifier: payload } = await request(RevealResidentIdentifierMutation, {
        input: { residentId, field },
      });
      const [userError] = payload.userErrors;
      if (userError) setError(userErrorMessage(userError));
      else setRevealed({ value: payload.value });
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setLoading(false);
    }
  };

  const shown = revealed ? (revealed.value ?? t('resident.reveal.none')) : masked;
  return (
    <Space size={4} wrap>
      <Typography.Text code data-testid={testId} data-revealed={revealed ? 'true' : 'false'}>
        {shown}
      </Typography.Text>
      {can('resident:reveal') &&
        (revealed ? (
          <Button type="link" size="small" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
            {t('resident.hide')}
          </Button>
        ) : (
          <Tooltip title={t('resident.reveal.hint')}>
            <Button
              type="link"
              size="small"
              icon={<EyeOutlined />}
              loading={loading}
              onClick={() => void reveal()}
              data-testid={`${testId}-reveal`}
            >
              {t('resident.reveal')}
            </Button>
          </Tooltip>
        ))}
      {error && (
        <Typography.Text type="danger" data-testid={`${testId}-error`}>
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
