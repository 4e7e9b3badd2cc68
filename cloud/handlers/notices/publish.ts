// Publishing a notice: in a community the caller oversees, to an audience of that community, with text and images
// passing content security; the notice, its feed rows, its empty per-building counts and (when important) every
// audience resident's inbox notice land in one transaction, and the WeChat pushes follow the commit.
import type { Member } from '../../../src/domain/membership/types';
import { inAudience } from '../../../src/domain/common/scope';
import { planSchedule } from '../../../src/domain/notices/rules';
import type { Notice } from '../../../src/domain/notices/types';
import { buildingsIn, checkAudience } from '../../kit/audience';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { noticesFor } from '../../kit/notify';
import type { Store } from '../../ports';
import type { ActionHandler } from '../context';
import { invalidField } from '../errors';
import { communityToPublishIn } from './access';
import { feedRowsOf, noticeLink } from './feedRows';
import { emptyTally } from './reads';
import { randomHex } from '../../kit/ids';

export const newNoticeId = (now: number): string => `nt_${now.toString(36)}${randomHex(5)}`;

/** The active residents whose home is inside the notice's audience. */
async function residentsIn(store: Store, notice: Notice, buildingIds: readonly string[]): Promise<string[]> {
  const base = { communityId: notice.communityId, status: 'active' };
  const members =
    notice.audience.level === 'community'
      ? await store.find<Member>('members', { ...base, role: 'resident' })
      : buildingIds.length
        ? await store.find<Member>('members', { ...base, buildingId: { $in: [...buildingIds] } })
        : [];
  return members.filter((member) => member.role === 'resident' && inAudience(member, notice.audience)).map((member) => member.userId);
}

export const publishNotice: ActionHandler<'notices.publish'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const community = await communityToPublishIn(ctx, input.communityId);
  const audience = await checkAudience(store, community.id, input.audience);
  const now = ctx.clock.now();
  const plan = planSchedule({ publishAt: input.publishAt, expiresAt: input.expiresAt, important: input.important }, now);
  if (plan.kind === 'expires_before_publish') throw invalidField('expiresAt', 'notice.expiresBeforePublish');
  if (plan.kind === 'important_is_immediate') throw invalidField('important', 'notice.importantIsImmediate');
  await assertCleanText(ctx, input.title, ...input.body);
  const checked = await checkPhotos(ctx, input.imageIds, 'imageIds');
  const buildings = await buildingsIn(store, community.id, audience);

  const notice: Notice = {
    id: newNoticeId(now),
    communityId: community.id,
    streetId: community.streetId,
    category: input.category,
    title: input.title,
    body: input.body,
    images: checked.photos,
    audience,
    pinned: input.pinned,
    important: input.important,
    publishAt: plan.schedule.publishAt,
    expiresAt: plan.schedule.expiresAt,
    status: 'published',
    version: 1,
    authorId: actor.userId,
    authorRole: actor.role === 'street' ? 'street' : 'committee',
    createdAt: now,
    updatedAt: now,
  };
  const params = { title: notice.title, category: `@noticeCategory.${notice.category}`, community: community.name };
  const residents = notice.important ? await residentsIn(store, notice, buildings.map((building) => building.id)) : [];
  const told = noticesFor(ctx, residents, { communityId: community.id, kind: 'notice.published', params, link: noticeLink(notice.id) });
  await store.transaction(async (tx) => {
    notice.images = await linkPendingChecks(tx, { collection: 'notices', docId: notice.id, field: 'images', now }, checked);
    await tx.insert('notices', notice);
    for (const row of feedRowsOf(notice)) await tx.insert('noticeFeed', row);
    for (const building of buildings) await tx.insert('noticeTallies', emptyTally(notice, building.id));
    await told.write(tx);
  });
  await told.push();
  return { id: notice.id, publishAt: notice.publishAt };
};
