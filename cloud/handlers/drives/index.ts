// Volunteer drive (志愿活动) handlers, one per action of src/domain/drives/actions.ts.
import type { driveActions } from '../../../src/domain/drives/actions';
import type { HandlerTable } from '..';
import { checkIn, checkInCode, checkOut } from './attend';
import { grantCaptain, listCaptains, revokeCaptain } from './captains';
import { openCases } from './cases';
import { driveDetailHandler } from './detail';
import { attendance, confirmHours, signInSheet } from './hours';
import { listDrives } from './list';
import { proxyCheckIn, proxyCheckOut } from './proxy';
import { publishDrive } from './publish';
import { cancelSignup, signUpForDrive } from './signUp';
import { certificate, volunteerProfile } from './volunteer';

export const driveHandlers: Pick<HandlerTable, keyof typeof driveActions> = {
  'drives.publish': publishDrive,
  'drives.list': listDrives,
  'drives.detail': driveDetailHandler,
  'drives.signUp': signUpForDrive,
  'drives.cancel': cancelSignup,
  'drives.checkIn': checkIn,
  'drives.checkOut': checkOut,
  'drives.checkInCode': checkInCode,
  'drives.proxyCheckIn': proxyCheckIn,
  'drives.proxyCheckOut': proxyCheckOut,
  'drives.attendance': attendance,
  'drives.confirmHours': confirmHours,
  'drives.sheet': signInSheet,
  'drives.openCases': openCases,
  'drives.profile': volunteerProfile,
  'drives.certificate': certificate,
  'drives.captains': listCaptains,
  'drives.grantCaptain': grantCaptain,
  'drives.revokeCaptain': revokeCaptain,
};
