// The committee replaces a household's invite code (a card was lost, or someone joined who should not have):
// the old code stops admitting anyone at once.
import type { Building, Household } from '../../../src/domain/membership/types';
import { ActionError, conflict } from '../errors';
import type { ActionHandler } from '../context';
import { replaceCode, withFreeCode } from './inviteCodes';
import { codeView } from './listHouseholdCodes';

export const rotateHouseholdCode: ActionHandler<'households.rotateCode'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const household = await store.get<Household>('households', input.householdId);
  if (!household || household.communityId !== actor.communityId) {
    throw new ActionError('NOT_FOUND', 'membership.householdNotFound', { fields: { householdId: 'membership.householdNotFound' } });
  }
  const now = ctx.clock.now();
  const code = await withFreeCode(async (candidate) => {
    await store.transaction(async (tx) => {
      // Conditional on the code read above: of two rotations at once one wins, and only one code stays live.
      if (!(await replaceCode(tx, household, candidate, now))) throw conflict('membership.codeJustChanged');
    });
    return candidate;
  });
  const building = await store.get<Building>('buildings', household.buildingId);
  return codeView({ ...household, inviteCode: code, inviteCodeRotatedAt: now }, building?.name ?? '');
};
