import { Drawer } from 'antd';
import { useI18n } from '../i18n';
import { ResidentDetails } from './ResidentDetails';

interface ResidentDrawerProps {
  /** The resident shown, or null when closed. */
  residentId: string | null;
  onOpenResident: (residentId: string) => void;
  onClose: () => void;
}

/** 居民详情 in a drawer; a household member's name opens that member in its place. */
export function ResidentDrawer({ residentId, onOpenResident, onClose }: ResidentDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer open={residentId !== null} onClose={onClose} width={760} title={t('resident.drawerTitle')} destroyOnHidden>
      <div data-testid="resident-drawer">
        {residentId && <ResidentDetails key={residentId} residentId={residentId} onOpenResident={onOpenResident} />}
      </div>
    </Drawer>
  );
}
