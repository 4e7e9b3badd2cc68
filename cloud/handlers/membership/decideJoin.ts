// Approves or rejects a join request of the committee's own community, and tells the resident.
import type { Household, JoinRequest, Member } from '../../../src/domain/membership/types';
import { notify } from '../../kit/notify';
import { canDecideJoin, residentMembership } from '../../../src/domain/membership/rules';
import { memberId } from '../actor';
import { conflict } from '../errors';
import type { ActionHandler } from '../context';
import { seatMember } from './seat';
import { joinRequestView, refusal } from './views';

export const decideJoin: ActionHandler<'membership.decide'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const request = await store.get<JoinRequest>('joinRequests', input.requestId);
  const id = request ? memberId(request.communityId, request.userId) : '';
  const existing = request ? await store.get<Member>('members', id) : null;
  const outcome = canDecideJoin(actor, request, input.decision, existing);
  if (outcome.kind !== 'ok') throw refusal(outcome);
  const pending = request!;

  const household = await store.get<Household>('households', pending.householdId);
  if (!household) throw refusal({ kind: 'not_found' });
  const now = ctx.clock.now();
  const decided: Partial<JoinRequest> = { status: input.decision === 'approve' ? 'approved' : 'rejected', decidedAt: now, decidedBy: actor.userId };
  if (input.decision === 'reject') decided.reason = input.reason;

  await store.transaction(async (tx) => {
    // Conditional on still pending: two staff deciding at once cannot both win.
    const moved = await tx.update('joinRequests', pending.id, decided, { status: 'pending' });
    if (!moved) throw conflict('membership.alreadyDecided');
    if (input.decision !== 'approve') return;
    await seatMember(tx, residentMembership({ userId: pending.userId, household, now }), !!existing);
  });

  const view = await joinRequestView(store, { ...pending, ...decided });
  await notify(ctx, [pending.userId], {
    communityId: pending.communityId,
    kind: input.decision === 'approve' ? 'membership.approved' : 'membership.rejected',
    params: input.decision === 'approve' ? { household: view.householdLabel } : { reason: decided.reason ?? '' },
    link: '/pages/me/index',
  });
  return view;
};
