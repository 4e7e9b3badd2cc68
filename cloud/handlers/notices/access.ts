// Loading what a notice action works on: another community's notice — or one the caller may not read yet — is
// NOT_FOUND, so its existence never leaks; the community to publish in must be the caller's to oversee.
import type { Building, Community } from '../../../src/domain/membership/types';
import { canPublishIn, canRead, readerKeys } from '../../../src/domain/notices/rules';
import type { Notice } from '../../../src/domain/notices/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import type { HandlerContext } from '../context';
import { notFound } from '../errors';

export const noticeNotFound = () => notFound('notice.notFound');

/** The feed keys of the caller; a grid worker's include the buildings of their grids. */
export async function keysOf(store: Store, actor: Actor): Promise<string[]> {
  if (actor.role !== 'grid_worker' || !actor.gridIds.length || !actor.communityId) return readerKeys(actor);
  const buildings = await store.find<Building>('buildings', { communityId: actor.communityId, gridId: { $in: actor.gridIds } });
  return readerKeys(actor, buildings.map((building) => building.id));
}

/** The notice if the caller may read it (with the keys that decided it). */
export async function loadReadable(ctx: Pick<HandlerContext, 'store' | 'actor' | 'clock'>, noticeId: string): Promise<{ notice: Notice; keys: string[] }> {
  const notice = await ctx.store.get<Notice>('notices', noticeId);
  if (!notice) throw noticeNotFound();
  const keys = await keysOf(ctx.store, ctx.actor);
  if (canRead(notice, keys, ctx.clock.now()).kind !== 'ok') throw noticeNotFound();
  return { notice, keys };
}

/** The notice if the caller oversees its community (publish, edit, 知晓率). */
export async function loadOverseen(ctx: Pick<HandlerContext, 'store' | 'actor'>, noticeId: string): Promise<Notice> {
  const notice = await ctx.store.get<Notice>('notices', noticeId);
  if (!notice || canPublishIn(ctx.actor, { id: notice.communityId, streetId: notice.streetId }).kind !== 'ok') throw noticeNotFound();
  return notice;
}

/** The community to publish in: the named one (street office) or the caller's own. */
export async function communityToPublishIn(ctx: Pick<HandlerContext, 'store' | 'actor'>, communityId: string | undefined): Promise<Community> {
  const id = communityId ?? ctx.actor.communityId;
  const community = id ? await ctx.store.get<Community>('communities', id) : null;
  if (!community || canPublishIn(ctx.actor, community).kind !== 'ok') throw notFound('notice.communityNotFound');
  return community;
}
