import { PlusOutlined } from '@ant-design/icons';
import { Form, Upload, type UploadFile } from 'antd';
import { useI18n } from '../i18n';

/** The files of an antd Upload's list (kept in the browser until the form is sent). */
export function filesOf(list: readonly UploadFile[] | undefined): File[] {
  return (list ?? []).map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => f !== undefined);
}

/**
 * Photos picked in the browser and sent with the form's mutation (GraphQL multipart), as
 * the form field `name`.
 */
export function PhotoUploadField({ name, label, testId }: { name: string; label: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
    >
      <Upload
        listType="picture-card"
        accept="image/*"
        multiple
        maxCount={9}
        beforeUpload={() => false}
        data-testid={testId}
      >
        <div>
          <PlusOutlined />
          <div style={{ marginTop: 4 }}>{t('events.form.photos.add')}</div>
        </div>
      </Upload>
    </Form.Item>
  );
}
