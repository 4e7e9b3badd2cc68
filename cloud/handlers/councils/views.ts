// What each reader receives of a topic: its story, its meeting and minutes, its vote and the published
// resolution and result; photos only once they passed the content check; comments with their author's nickname.
import { topicAbilities } from '../../../src/domain/councils/rules';
import type { CommentView, TimelineEntry, Topic, TopicComment, TopicDetailView, TopicEvent, TopicListItem, TopicPhoto } from '../../../src/domain/councils/types';
import type { User } from '../../../src/domain/membership/types';
import type { Actor } from '../../../src/domain/roles';
import type { Vote } from '../../../src/domain/votes/types';
import { passedIds } from '../../kit/content';
import type { Files, Store } from '../../ports';
import { placeNames } from './access';
import { supportId } from './supportTopic';

export async function photoUrls(files: Files, photos: readonly TopicPhoto[]): Promise<string[]> {
  const ids = passedIds(photos);
  return ids.length ? files.urls(ids) : [];
}

export async function timelineOf(store: Store, topicId: string): Promise<TimelineEntry[]> {
  const events = await store.find<TopicEvent>('topicEvents', { topicId }, { orderBy: [['at', 'asc'], ['id', 'asc']] });
  return events.map(({ kind, status, actorRole, at, note }) => ({ kind, status, actorRole, at, ...(note ? { note } : {}) }));
}

async function nicknames(store: Store, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return new Map();
  return new Map((await store.find<User>('users', { id: { $in: ids } })).map((user) => [user.id, user.nickname]));
}

export async function topicListItems(store: Store, files: Files, topics: readonly Topic[]): Promise<TopicListItem[]> {
  return Promise.all(
    topics.map(async (topic) => {
      const [places, thumb, commentCount] = await Promise.all([
        placeNames(store, topic.audience),
        photoUrls(files, topic.photos.slice(0, 1)),
        store.count('topicComments', { topicId: topic.id }),
      ]);
      return {
        id: topic.id,
        title: topic.title,
        status: topic.status,
        supportCount: topic.supportCount,
        supportNeeded: topic.supportNeeded,
        supportUntil: topic.supportUntil,
        places,
        thumbUrl: thumb[0] ?? null,
        commentCount,
        outcome: topic.resolution?.outcome ?? null,
        createdAt: topic.createdAt,
      };
    }),
  );
}

export async function topicDetailView(ctx: { store: Store; files: Files; actor: Actor; now: number }, topic: Topic): Promise<TopicDetailView> {
  const { store, files, actor, now } = ctx;
  const [places, photos, minutesPhotos, resultPhotos, timeline, names, support, vote, resolved, merged] = await Promise.all([
    placeNames(store, topic.audience),
    photoUrls(files, topic.photos),
    photoUrls(files, topic.minutesPhotos),
    photoUrls(files, topic.resultPhotos),
    timelineOf(store, topic.id),
    nicknames(store, [topic.proposerId]),
    store.get('topicSupports', supportId(topic.id, actor.userId)),
    topic.voteId ? store.get<Vote>('votes', topic.voteId) : Promise.resolve(null),
    topic.resolution ? store.get<Vote>('votes', topic.resolution.voteId) : Promise.resolve(null),
    topic.mergedInto ? store.get<Topic>('topics', topic.mergedInto) : Promise.resolve(null),
  ]);
  const meetingPlaces = topic.meeting ? await placeNames(store, topic.meeting.audience) : [];
  return {
    id: topic.id,
    title: topic.title,
    description: topic.description,
    photoUrls: photos,
    status: topic.status,
    audience: topic.audience,
    places,
    proposerName: topic.byCommittee ? null : names.get(topic.proposerId) || null,
    byCommittee: topic.byCommittee,
    mine: topic.proposerId === actor.userId,
    supportCount: topic.supportCount,
    supportNeeded: topic.supportNeeded,
    supportUntil: topic.supportUntil,
    supportedByMe: !!support,
    meeting: topic.meeting ? { at: topic.meeting.at, place: topic.meeting.place, places: meetingPlaces } : null,
    minutes: topic.minutes ? { text: topic.minutes.text, photoUrls: minutesPhotos, publishedAt: topic.minutes.publishedAt } : null,
    vote: vote ? { id: vote.id, question: vote.question, options: vote.options, status: vote.status, rule: vote.rule, opensAt: vote.opensAt, closesAt: vote.closesAt } : null,
    resolution: topic.resolution ? { outcome: topic.resolution.outcome, publishedAt: topic.resolution.publishedAt, result: resolved?.result ?? null } : null,
    implementation: topic.implementation ?? null,
    result: topic.result ? { text: topic.result.text, photoUrls: resultPhotos, publishedAt: topic.result.publishedAt } : null,
    declineReason: topic.declineReason ?? null,
    mergedInto: merged ? { id: merged.id, title: merged.title } : null,
    timeline,
    can: topicAbilities(actor, topic, now, !!support),
  };
}

export async function commentViews(ctx: { store: Store; files: Files; actor: Actor }, comments: readonly TopicComment[]): Promise<CommentView[]> {
  const names = await nicknames(ctx.store, comments.map((comment) => comment.authorId));
  return Promise.all(
    comments.map(async (comment) => ({
      id: comment.id,
      authorName: names.get(comment.authorId) || '居民',
      official: comment.official,
      mine: comment.authorId === ctx.actor.userId,
      text: comment.text,
      photoUrls: await photoUrls(ctx.files, comment.photos),
      createdAt: comment.createdAt,
    })),
  );
}
