// The sign-up machine: exactly these moves exist; anything else is refused by name.
import { defineMachine } from '../common/machine';
import type { SignupStatus } from './types';

export type SignupMove = 'promote' | 'cancel' | 'rejoin' | 'rejoinWaitlist' | 'checkIn' | 'checkOut' | 'markNoShow';

export const SIGNUP_MACHINE = defineMachine<SignupStatus, SignupMove>({
  promote: { from: ['waitlisted'], to: 'signed_up' },
  cancel: { from: ['signed_up', 'waitlisted'], to: 'cancelled' },
  rejoin: { from: ['cancelled'], to: 'signed_up' },
  rejoinWaitlist: { from: ['cancelled'], to: 'waitlisted' },
  checkIn: { from: ['signed_up'], to: 'checked_in' },
  checkOut: { from: ['checked_in'], to: 'checked_out' },
  markNoShow: { from: ['signed_up'], to: 'no_show' },
});

/** Sign-ups that hold a place (a cancel frees it, a promotion fills it). */
export const HOLDS_PLACE: readonly SignupStatus[] = ['signed_up', 'checked_in', 'checked_out', 'no_show'];
/** Sign-ups still expected on the day. */
export const ACTIVE_SIGNUPS: readonly SignupStatus[] = ['signed_up', 'waitlisted', 'checked_in'];

export const SIGNUP_LABELS: Record<SignupStatus, { zh: string; en: string }> = {
  signed_up: { zh: '已报名', en: 'Signed up' },
  waitlisted: { zh: '候补中', en: 'On the waitlist' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  checked_in: { zh: '已签到', en: 'Checked in' },
  checked_out: { zh: '已签退', en: 'Checked out' },
  no_show: { zh: '未到场', en: 'No-show' },
};
