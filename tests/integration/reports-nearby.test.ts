// Before filing: open cases of the same category within 50 m, "me too" once per person even under a crowd of
// concurrent requests, and photos that stay hidden until WeChat's asynchronous verdict passes them.
import { applyMediaVerdict, mediaVerdictOf } from '../../cloud/kit/content';
import type { ContentCheck } from '../../cloud/ports';
import { boundingBox } from '../../src/domain/geo';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { addResidents, fileReport, idOf, photoOf, SPOT_G2, stored } from './reports-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string } }) => (envelope.ok ? null : envelope.error);
/** Metres north of a spot, in degrees of latitude. */
const north = (meters: number) => ({ lat: SPOT_G2.lat + meters / 111_195, lng: SPOT_G2.lng });

describe('reports.nearby', () => {
  it('offers open cases of the same category within 50 m, nearest first, but not at 60 m', async () => {
    const at40 = await fileReport(world, 'resident-wang', north(40));
    const at10 = await fileReport(world, 'resident-zhao', north(10));
    const at60 = await fileReport(world, 'resident-zhao', north(60));
    const otherCategory = await fileReport(world, 'resident-zhao', { ...north(5), category: 'litter' });
    const offered = dataOf(await world.demo('resident-li')('reports.nearby', { category: 'clutter', ...SPOT_G2 }));
    expect(offered.map((item) => item.id)).toEqual([at10, at40]);
    expect(offered.map((item) => item.distanceMeters)).toEqual([10, 40]);
    expect(offered.map((item) => item.id)).not.toContain(at60);
    expect(offered.map((item) => item.id)).not.toContain(otherCategory);
    expect(offered[0]).toMatchObject({ mine: false, supportedByMe: false, supportCount: 0, status: 'submitted', thumbUrl: expect.stringMatching(/^\/files\//) });
    expect(JSON.stringify(offered)).not.toContain(idOf('resident-zhao'));

    dataOf(await world.demo('resident-li')('reports.support', { reportId: at10 }));
    const again = dataOf(await world.demo('resident-li')('reports.nearby', { category: 'clutter', ...SPOT_G2 }));
    expect(again[0]).toMatchObject({ id: at10, supportedByMe: true, supportCount: 1 });
    expect(dataOf(await world.demo('resident-zhao')('reports.nearby', { category: 'clutter', ...SPOT_G2 }))[0]).toMatchObject({ id: at10, mine: true });
  });

  it('leaves out closed cases, another community’s and the seeded demo cases near 5栋', async () => {
    expect(dataOf(await world.demo('resident-li')('reports.nearby', { category: 'clutter', ...SPOT_G2 }))).toEqual([]);
    const id = await fileReport(world, 'resident-wang');
    dataOf(await world.demo('worker-g2')('reports.accept', { reportId: id }));
    dataOf(await world.demo('worker-g2')('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已清理' }));
    expect(dataOf(await world.demo('resident-li')('reports.nearby', { category: 'clutter', ...SPOT_G2 })).map((item) => item.id)).toEqual([id]);
    dataOf(await world.demo('resident-wang')('reports.verify', { reportId: id, decision: 'confirm' }));
    expect(dataOf(await world.demo('resident-li')('reports.nearby', { category: 'clutter', ...SPOT_G2 }))).toEqual([]);
    expect(dataOf(await world.demo('heping-resident')('reports.nearby', { category: 'litter', lat: 30.67, lng: 104.09 })).map((item) => item.id)).toEqual(['r-demo-10']);
  });

  it('narrows the latitude band with the index before measuring', () => {
    const filter = { communityId: 'c-xingfuli', category: 'clutter', status: { $in: ['submitted', 'accepted', 'in_progress', 'resolved'] }, lat: { $gte: boundingBox(SPOT_G2, 50).minLat, $lte: boundingBox(SPOT_G2, 50).maxLat } };
    expect(world.sqlite.explain('reports', filter).join(' ')).toMatch(/USING INDEX reports__communityId_category_status_lat/);
  });
});

describe('me too (reports.support)', () => {
  it('counts 50 concurrent supports from 50 different residents exactly', async () => {
    const id = await fileReport(world, 'resident-wang');
    const crowd = await addResidents(world, 50);
    const results = await Promise.all(crowd.map((openid) => world.as(openid)('reports.support', { reportId: id })));
    expect(results.filter((result) => result.ok)).toHaveLength(50);
    expect((await stored(world, id)).supportCount).toBe(50);
    expect(await world.ports.store.count('reportSupports', { reportId: id })).toBe(50);
  });

  it('counts 50 concurrent supports from one resident once', async () => {
    const id = await fileReport(world, 'resident-wang');
    const li = world.demo('resident-li');
    const results = await Promise.all(Array.from({ length: 50 }, () => li('reports.support', { reportId: id })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.filter((result) => !result.ok).map(errorOf);
    expect(refused).toHaveLength(49);
    for (const error of refused) expect(error).toMatchObject({ code: 'CONFLICT', reason: 'report.alreadySupported' });
    expect((await stored(world, id)).supportCount).toBe(1);
  });

  it('refuses the reporter’s own case, a closed case, and another community', async () => {
    const id = await fileReport(world, 'resident-wang');
    expect(errorOf(await world.demo('resident-wang')('reports.support', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.demo('heping-resident')('reports.support', { reportId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('resident-li')('reports.support', { reportId: 'r-demo-01' }))).toMatchObject({ code: 'CONFLICT', reason: 'report.notOpen' });
    expect(dataOf(await world.demo('worker-g1')('reports.detail', { reportId: 'r-demo-03' }))).toMatchObject({ supportCount: 2, supportedByMe: false, can: { support: true } });
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: 'r-demo-03' }))).toMatchObject({ supportedByMe: true, can: { support: false } });
  });
});

describe('photos awaiting the asynchronous verdict', () => {
  /** An image check that answers pending with a new trace id per photo, like WeChat's mediaCheckAsync. */
  function pendingImages(): string[] {
    const traces: string[] = [];
    const check: ContentCheck = {
      checkText: world.ports.contentCheck.checkText,
      async checkImage() {
        const traceId = `trace-${traces.length + 1}`;
        traces.push(traceId);
        return { verdict: 'pending', traceId };
      },
    };
    world.ports.contentCheck = check;
    return traces;
  }

  it('hides a pending photo from everyone but its reporter until the verdict passes it', async () => {
    const traces = pendingImages();
    const id = await fileReport(world, 'resident-wang');
    expect(traces).toHaveLength(1);
    expect(await world.ports.store.get('contentChecks', traces[0]!)).toMatchObject({ collection: 'reports', docId: id, field: 'photos' });

    const seen = () => world.demo('resident-li')('reports.detail', { reportId: id });
    expect(dataOf(await seen()).photoUrls).toEqual([]);
    expect(dataOf(await seen()).pendingPhotoCount).toBe(0);
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id })).pendingPhotoCount).toBe(1);
    const listed = dataOf(await world.demo('resident-li')('reports.publicList')).items.find((item) => item.id === id)!;
    expect(listed.photoUrls).toEqual([]);
    expect(dataOf(await world.demo('worker-g2')('reports.queue')).find((item) => item.id === id)?.thumbUrl).toBeNull();
    expect(dataOf(await world.demo('resident-wang')('reports.mine')).items.find((item) => item.id === id)?.thumbUrl).toMatch(/^\/files\//);

    expect(await applyMediaVerdict(world.ports, traces[0]!, 'pass')).toBe(true);
    expect(dataOf(await seen()).photoUrls).toHaveLength(1);
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id })).pendingPhotoCount).toBe(0);
    expect(await world.ports.store.get('contentChecks', traces[0]!)).toBeNull();
    expect(await applyMediaVerdict(world.ports, traces[0]!, 'reject')).toBe(false);
    expect((await stored(world, id)).photos[0]!.verdict).toBe('pass');
  });

  it('keeps a refused after-photo hidden for good, and applies a verdict that arrived before the report', async () => {
    const id = await fileReport(world, 'resident-wang');
    const traces = pendingImages();
    dataOf(await world.demo('worker-g2')('reports.accept', { reportId: id }));
    dataOf(await world.demo('worker-g2')('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已清理' }));
    expect(await applyMediaVerdict(world.ports, traces[0]!, 'reject')).toBe(true);
    expect((await stored(world, id)).afterPhotos[0]!.verdict).toBe('reject');
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id })).afterPhotoUrls).toEqual([]);

    // WeChat answered before the report was written: the verdict waits on the check and lands with the report.
    const photo = await photoOf(world, 'resident-zhao');
    await world.ports.store.insert('contentChecks', { id: 'trace-2', fileId: photo, status: 'pending' });
    expect(await applyMediaVerdict(world.ports, 'trace-2', 'pass')).toBe(true);
    const early = await fileReport(world, 'resident-zhao', { photoIds: [photo], category: 'litter' });
    expect((await stored(world, early)).photos).toEqual([{ fileId: photo, verdict: 'pass' }]);
    expect(await world.ports.store.get('contentChecks', 'trace-2')).toBeNull();
  });

  it('reads WeChat’s wxa_media_check push: pass passes, risky and review refuse, anything else is not a verdict', () => {
    const push = (suggest: string) => ({ ToUserName: 'gh_x', MsgType: 'event', Event: 'wxa_media_check', trace_id: 't-1', version: 2, result: { suggest, label: 100 } });
    expect(mediaVerdictOf(push('pass'))).toEqual({ traceId: 't-1', verdict: 'pass' });
    expect(mediaVerdictOf(push('risky'))).toEqual({ traceId: 't-1', verdict: 'reject' });
    expect(mediaVerdictOf(push('review'))).toEqual({ traceId: 't-1', verdict: 'reject' });
    expect(mediaVerdictOf(push('maybe'))).toBeNull();
    expect(mediaVerdictOf({ action: 'reports.create', input: {} })).toBeNull();
    expect(mediaVerdictOf({ Event: 'wxa_media_check', result: { suggest: 'pass' } })).toBeNull();
  });
});
