import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../../api/client';
import { usePermissions } from '../../auth/permissions';
import type { ExportFormat, ResidentFilterInput } from '../../gql/graphql';
import { useErrorMessage, useI18n, useUserErrorMessage } from '../../i18n';
import { ExportResidentsMutation } from './documents';

/**
 * 导出: the residents of the current search as Excel or CSV. The server prepares the file
 * and answers a short-lived URL, which the browser then fetches as a download.
 */
export function ExportResidentsButton({ filter }: { filter: ResidentFilterInput }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const userErrorMessage = useUserErrorMessage();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('XLSX');
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setBusy(true);
    try {
      const { exportResidents: payload } = await request(ExportResidentsMutation, {
        input: { filter, format, reveal: reveal && can('resident:reveal') },
      });
      const [userError] = payload.userErrors;
      if (userError || !payload.download) {
        void message.error(userError ? userErrorMessage(userError) : t('error.unknown', { code: 'EXPORT' }));
        return;
      }
      const { url, fileName, rowCount } = payload.download;
      void message.success(t('export.ready', { count: rowCount, fileName }));
      setOpen(false);
      window.location.assign(url);
    } catch (cause) {
      void message.error(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="export-residents">
        {t('export.button')}
      </Button>
      <Modal
        open={open}
        title={t('export.title')}
        okText={t('export.submit')}
        confirmLoading={busy}
        onOk={() => void exportNow()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('export.filterHint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('export.format')}>
            <Radio.Group
              value={format}
              onChange={(e) => setFormat(e.target.value as ExportFormat)}
              options={[
                { value: 'XLSX', label: 'Excel (.xlsx)' },
                { value: 'CSV', label: 'CSV' },
              ]}
            />
          </Form.Item>
          {can('resident:reveal') && (
            <Form.Item>
              <Checkbox checked={reveal} onChange={(e) => setReveal(e.target.checked)}>
                {t('export.reveal')}
              </Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
