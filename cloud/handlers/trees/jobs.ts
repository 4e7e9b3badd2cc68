// The trees' timed work (see cloud/kit/jobs.ts), both idempotent:
// - lapse: an adoption whose term has ended is closed and its tree freed (reads already treat it as free);
// - remind: an adopter whose tree went without care for the season's interval hears once per gap in care — the
//   reminder's id names the gap, so a second run, or a late one, sends nothing more.
import type { Actor } from '../../../src/domain/roles';
import { careIsDue, daysSinceCare, isLive, reminderId } from '../../../src/domain/trees/rules';
import type { Adoption, CareReminder, Tree } from '../../../src/domain/trees/types';
import { defineJob } from '../../kit/jobs';
import { noticesFor } from '../../kit/notify';
import type { Ports } from '../../ports';
import { DuplicateIdError } from '../../ports/store';
import { lapseInTx } from './access';
import { treeLink } from './links';

const BATCH = 500;
const HOUR_MS = 3_600_000;
/** Jobs speak for nobody: every recipient hears. */
const SYSTEM: Actor = { userId: 'system', role: 'guest', gridIds: [] };

const treesOf = async (ports: Ports, adoptions: readonly Adoption[]): Promise<Map<string, Tree>> =>
  adoptions.length
    ? new Map((await ports.store.find<Tree>('trees', { id: { $in: [...new Set(adoptions.map((adoption) => adoption.treeId))] } })).map((tree) => [tree.id, tree]))
    : new Map();

const subject = (tree: Tree | undefined) => ({ species: `@species.${tree?.species ?? 'other'}`, spot: tree?.spot ?? '' });

/** Closes every adoption whose term has ended; answers how many it closed. */
export async function lapseAdoptions(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  let changed = 0;
  for (;;) {
    const due = await ports.store.find<Adoption>('adoptions', { status: 'active', endsAt: { $lte: now } }, { orderBy: [['endsAt', 'asc']], limit: BATCH });
    if (!due.length) return changed;
    const trees = await treesOf(ports, due);
    let closed = 0;
    for (const adoption of due) {
      const told = noticesFor({ ...ports, actor: SYSTEM }, [adoption.adopterId], {
        communityId: adoption.communityId,
        kind: 'tree.adoptionLapsed',
        params: subject(trees.get(adoption.treeId)),
        link: treeLink(adoption.treeId),
      });
      // The lapse and the adopter's notice land together: a second run finds nothing to close and tells nobody.
      const lapsed = await ports.store.transaction(async (tx) => {
        if (!(await lapseInTx(tx, adoption, now))) return false;
        await told.write(tx);
        return true;
      });
      if (!lapsed) continue;
      closed += 1;
      await told.push();
    }
    changed += closed;
    // Closed ones leave the query; if none could be closed, another run got there first.
    if (due.length < BATCH || closed === 0) return changed;
  }
}

/** Reminds each adopter whose care is due, once per gap in care; answers how many it reminded. */
export async function remindCarers(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  let sent = 0;
  for (let skip = 0; ; skip += BATCH) {
    const live = await ports.store.find<Adoption>(
      'adoptions',
      { status: 'active', endsAt: { $gt: now } },
      { orderBy: [['endsAt', 'asc'], ['id', 'asc']], limit: BATCH, skip },
    );
    if (!live.length) return sent;
    const trees = await treesOf(ports, live);
    for (const adoption of live) {
      const tree = trees.get(adoption.treeId);
      if (!tree || !isLive(adoption, now) || !careIsDue(tree.species, adoption.lastCareAt ?? adoption.startsAt, now)) continue;
      const reminder: CareReminder = { id: reminderId(adoption), communityId: adoption.communityId, adoptionId: adoption.id, sentAt: now };
      const told = noticesFor({ ...ports, actor: SYSTEM }, [adoption.adopterId], {
        communityId: adoption.communityId,
        kind: 'tree.careReminder',
        params: { ...subject(tree), days: daysSinceCare(adoption, now) },
        link: treeLink(tree.id),
      });
      // The reminder's id names the gap: its insert fails on a second run, and the inbox notice rides with it.
      try {
        await ports.store.transaction(async (tx) => {
          await tx.insert('careReminders', reminder);
          await told.write(tx);
        });
      } catch (error) {
        if (error instanceof DuplicateIdError) continue;
        throw error;
      }
      sent += 1;
      await told.push();
    }
    if (live.length < BATCH) return sent;
  }
}

export const treeJobs = [
  defineJob({ name: 'trees-lapse-adoptions', cron: '0 5 0 * * * *', everyMs: HOUR_MS, run: lapseAdoptions }),
  defineJob({ name: 'trees-care-reminders', cron: '0 0 9 * * * *', everyMs: HOUR_MS, run: remindCarers }),
];

