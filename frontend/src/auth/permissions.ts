import { useCallback } from 'react';
import type { Permission } from '../api/codes.generated';
import { useViewer } from './AuthProvider';

/**
 * Permissions the UI asks about (the server's `me.permissions`), from the server's own table
 * (`codes.generated.ts`), so a misspelt permission does not compile. They say which actions to
 * show; the server still decides, per object and scope, and answers FORBIDDEN otherwise.
 */
export type { Permission };

/** Whether the signed-in user holds a permission somewhere in their scope. */
export function usePermissions(): (permission: Permission) => boolean {
  const { permissions } = useViewer();
  return useCallback((permission: Permission) => permissions.includes(permission), [permissions]);
}
