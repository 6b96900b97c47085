import { useCallback } from 'react';
import { useViewer } from './AuthProvider';

/**
 * Permissions the UI asks about (the server's `me.permissions`). They say which actions to
 * show; the server still decides, per object and scope, and answers FORBIDDEN otherwise.
 */
export type Permission =
  | 'region:read'
  | 'resident:read'
  | 'resident:write'
  | 'resident:reveal'
  | 'place:read'
  | 'facility:read'
  | 'place:write'
  | 'team:read'
  | 'team:write'
  | 'party:read'
  | 'party:write'
  | 'party:figures'
  | 'party:configure'
  | 'event:report'
  | 'event:read'
  | 'event:handle'
  | 'event:dispatch'
  | 'event:department'
  | 'event:supervise'
  | 'event:configure';

/** Whether the signed-in user holds a permission somewhere in their scope. */
export function usePermissions(): (permission: Permission) => boolean {
  const { permissions } = useViewer();
  return useCallback((permission: Permission) => permissions.includes(permission), [permissions]);
}
