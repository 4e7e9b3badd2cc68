// Signing up (for the drive or one of its tasks) before the deadline: a place while the pool has one, else the
// waitlist in arrival order; cancelling before the deadline promotes exactly one waitlisted person, who is told.
import { cancelOutcome, signUpOutcome } from '../../../src/domain/drives/rules';
import { notify } from '../../kit/notify';
import type { ActionHandler } from '../context';
import { conflict, forbidden, invalidField } from '../errors';
import { loadDrive, ownSignup, signupIdOf, taskKeyOf } from './access';
import { driveLink, driveParams } from './notify';
import { cancelPlace, takePlace } from './places';
import { mySignupView } from './views';

const SIGN_UP_REFUSALS = {
  deadline_passed: () => conflict('drive.deadlinePassed'),
  not_in_audience: () => forbidden('drive.notInAudience'),
  task_required: () => invalidField('taskKey', 'drive.taskRequired'),
  unknown_task: () => invalidField('taskKey', 'drive.unknownTask'),
} as const;

export const signUpForDrive: ActionHandler<'drives.signUp'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const drive = await loadDrive(store, actor, input.driveId);
  const now = ctx.clock.now();
  const outcome = signUpOutcome(actor, drive, input.taskKey, now);
  if (outcome.kind !== 'ok') throw SIGN_UP_REFUSALS[outcome.kind]();
  const signup = await takePlace(store, drive, { signupId: signupIdOf(drive.id, actor.userId), userId: actor.userId, taskKey: taskKeyOf(drive, input.taskKey), now });
  return mySignupView(store, signup);
};

export const cancelSignup: ActionHandler<'drives.cancel'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const drive = await loadDrive(store, actor, input.driveId);
  const now = ctx.clock.now();
  const signup = await ownSignup(store, actor, drive.id);
  if (!signup) throw conflict('drive.notSignedUp');
  if (cancelOutcome(drive, now).kind !== 'ok') throw conflict('drive.cancelClosed');
  const promoted = await cancelPlace(store, drive, signup.id, now);
  if (promoted) await notify(ctx, [promoted.userId], { communityId: drive.communityId, kind: 'drive.promoted', params: driveParams(drive), link: driveLink(drive.id) });
  return mySignupView(store, (await ownSignup(store, actor, drive.id)) ?? signup);
};
