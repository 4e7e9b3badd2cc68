// Loading what a drive action works on, refusing the way the rules say: another community's drive, or one addressed
// to other grids, is NOT_FOUND (its existence never leaks); a visible drive the caller may not manage is FORBIDDEN.
import { canManage, canSeeDrive } from '../../../src/domain/drives/rules';
import { ALL_PLACES, type Captain, type Drive, type Signup } from '../../../src/domain/drives/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import { ActionError, forbidden } from '../errors';

export const driveNotFound = (): ActionError => new ActionError('NOT_FOUND', 'drive.notFound');

export const signupIdOf = (driveId: string, userId: string): string => `${driveId}:${userId}`;
export const slotIdOf = (driveId: string, taskKey: string): string => `${driveId}:${taskKey}`;
export const captainIdOf = (communityId: string, userId: string): string => `${communityId}:${userId}`;

/** The pool a sign-up takes its place from: its task's, or the drive's only one. */
export const taskKeyOf = (drive: Pick<Drive, 'tasks'>, taskKey: string | undefined): string => (drive.tasks.length ? taskKey! : ALL_PLACES);

export async function loadDrive(store: Store, actor: Actor, driveId: string): Promise<Drive> {
  const drive = await store.get<Drive>('drives', driveId);
  if (!drive || !canSeeDrive(actor, drive)) throw driveNotFound();
  return drive;
}

export async function loadManaged(store: Store, actor: Actor, driveId: string): Promise<Drive> {
  const drive = await loadDrive(store, actor, driveId);
  if (!canManage(actor, drive)) throw forbidden('drive.manageOnly');
  return drive;
}

/** The caller's own sign-up of a drive, or null. */
export const ownSignup = (store: Store, actor: Actor, driveId: string): Promise<Signup | null> =>
  store.get<Signup>('driveSignups', signupIdOf(driveId, actor.userId));

/** The caller's active 志愿队长 grant in their community, or null. */
export async function captainOf(store: Store, actor: Pick<Actor, 'communityId' | 'userId'>): Promise<Captain | null> {
  if (!actor.communityId) return null;
  const captain = await store.get<Captain>('captains', captainIdOf(actor.communityId, actor.userId));
  return captain?.active ? captain : null;
}
