// 知晓率 of one notice: per building of the audience, how many of its households and residents have read it.
// The read side comes from the per-building counts the reads keep; the audience side is counted live, since
// households and residents come and go after publishing.
import type { ReadCount, ReadStatsView } from '../../../src/domain/notices/types';
import type { NoticeTally } from '../../../src/domain/notices/types';
import { audienceViews, buildingsIn } from '../../kit/audience';
import type { ActionHandler } from '../context';
import { loadOverseen } from './access';

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'zh-CN', { numeric: true });
const sum = (counts: readonly ReadCount[]): ReadCount => counts.reduce((all, one) => ({ read: all.read + one.read, total: all.total + one.total }), { read: 0, total: 0 });

export const readStats: ActionHandler<'notices.readStats'> = async (input, ctx) => {
  const { store } = ctx;
  const notice = await loadOverseen(ctx, input.noticeId);
  const { communityId } = notice;
  const buildings = (await buildingsIn(store, communityId, notice.audience)).sort(byName);
  const [tallies, households, residents, [audience]] = await Promise.all([
    store.find<NoticeTally>('noticeTallies', { noticeId: notice.id }),
    Promise.all(buildings.map((building) => store.count('households', { communityId, buildingId: building.id }))),
    Promise.all(buildings.map((building) => store.count('members', { communityId, buildingId: building.id, status: 'active', role: 'resident' }))),
    audienceViews(store, [notice.audience]),
  ]);
  const tallyOf = new Map(tallies.map((tally) => [tally.buildingId, tally]));
  const rows = buildings.map((building, index) => {
    const tally = tallyOf.get(building.id);
    return {
      buildingId: building.id,
      name: building.name,
      households: { read: tally?.households ?? 0, total: households[index]! },
      residents: { read: tally?.residents ?? 0, total: residents[index]! },
    };
  });
  const view: ReadStatsView = {
    noticeId: notice.id,
    title: notice.title,
    audience: audience!,
    households: sum(rows.map((row) => row.households)),
    residents: sum(rows.map((row) => row.residents)),
    buildings: rows,
  };
  return view;
};
