/** The roles of the shared server's allow-list: `member` does the committee's work, `admin` also runs the app. */
export const ROLES = ['member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Areas whose changes are for administrators: settings, units, backups (restore, import, export) and recovery. */
const ADMIN_WRITE_AREAS = new Set(['settings', 'units']);
const ADMIN_AREAS = new Set(['backups', 'recovery']);
/** The input fields that name a file to read or write (`backups.*`, `recovery.restore`, `reports.export*`). */
const FILE_KEYS = ['file', 'path'];

/**
 * The role a call needs. Anything that names a file on the server's disk is for administrators. Pure, so that the
 * server refuses and the renderer leaves out exactly the same calls.
 */
export function requiredRole(method: string, input: unknown, kind: 'read' | 'write' | 'task' | undefined): Role {
  const area = method.split('.')[0] ?? '';
  if (ADMIN_AREAS.has(area)) return 'admin';
  if (ADMIN_WRITE_AREAS.has(area) && kind !== 'read') return 'admin';
  if (input !== null && typeof input === 'object' && FILE_KEYS.some((key) => Object.hasOwn(input, key))) return 'admin';
  return 'member';
}

export function mayCall(role: Role, needed: Role): boolean {
  return role === 'admin' || needed === 'member';
}
