import { FileOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Image, Space, Tooltip, Typography } from 'antd';
import { fetchProtectedFile, useProtectedFile } from '../api/files';
import { useErrorMessage, useI18n } from '../i18n';
import type { EventDetail } from './EventDetails';

export type EventAttachment = EventDetail['attachments'][number];

const THUMB = 104;

/** Photos as thumbnails (with preview), other files as links; all fetched with the token. */
export function EventAttachments({ attachments }: { attachments: readonly EventAttachment[] }) {
  const { t } = useI18n();
  if (attachments.length === 0) return <Typography.Text type="secondary">{t('events.attachments.empty')}</Typography.Text>;
  const photos = attachments.filter((a) => a.contentType.startsWith('image/'));
  const files = attachments.filter((a) => !a.contentType.startsWith('image/'));
  return (
    <div data-testid="event-attachments">
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size={8}>
            {photos.map((photo) => (
              <AttachmentPhoto key={photo.id} attachment={photo} />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {files.length > 0 && (
        <Space wrap size={8} style={{ marginTop: photos.length > 0 ? 8 : 0 }}>
          {files.map((file) => (
            <AttachmentFile key={file.id} attachment={file} />
          ))}
        </Space>
      )}
    </div>
  );
}

function AttachmentPhoto({ attachment }: { attachment: EventAttachment }) {
  const { t } = useI18n();
  const { objectUrl, error } = useProtectedFile(attachment.url);
  const box = { width: THUMB, height: THUMB, display: 'grid', placeItems: 'center', border: '1px solid #f0f0f0', borderRadius: 6 };
  if (error) {
    return (
      <Tooltip title={`${attachment.fileName}: ${t('events.attachments.failed')}`}>
        <div style={box}>
          <WarningOutlined style={{ color: '#faad14', fontSize: 20 }} />
        </div>
      </Tooltip>
    );
  }
  if (!objectUrl) {
    return (
      <div style={box}>
        <LoadingOutlined />
      </div>
    );
  }
  return (
    <Image
      src={objectUrl}
      alt={attachment.fileName}
      width={THUMB}
      height={THUMB}
      style={{ objectFit: 'cover', borderRadius: 6 }}
      data-testid="event-photo"
    />
  );
}

function AttachmentFile({ attachment }: { attachment: EventAttachment }) {
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const download = async () => {
    try {
      const blob = await fetchProtectedFile(attachment.url);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };
  return (
    <Button icon={<FileOutlined />} onClick={() => void download()} size="small">
      {attachment.fileName}
    </Button>
  );
}
