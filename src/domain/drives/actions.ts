// 志愿活动: publish → sign up (hard capacity, waitlist) → check in by rotating QR → check out → confirmed hours.
// Organising is open to members by role; the rules decide (the committee, or a 志愿队长 it named).
import { action } from '../catalogue';
import type { Page } from '../common/page';
import type { QueueItem } from '../reports/types';
import * as s from './schemas';
import type { AttendanceView, CaptainsView, Certificate, CheckInCode, DriveCard, DriveDetail, MySignup, SheetFile, VolunteerProfile } from './types';

export const driveActions = {
  'drives.publish': action<{ ids: string[] }>()({ input: s.PublishDriveInput, roles: 'members' }),
  'drives.list': action<Page<DriveCard>>()({ input: s.ListDrivesInput, roles: 'members' }),
  'drives.detail': action<DriveDetail>()({ input: s.DriveId, roles: 'members' }),
  'drives.signUp': action<MySignup>()({ input: s.SignUpInput, roles: 'members' }),
  'drives.cancel': action<MySignup>()({ input: s.DriveId, roles: 'members' }),
  'drives.checkIn': action<MySignup>()({ input: s.AttendInput, roles: 'members' }),
  'drives.checkOut': action<MySignup>()({ input: s.AttendInput, roles: 'members' }),
  'drives.checkInCode': action<CheckInCode>()({ input: s.DriveId, roles: 'members' }),
  'drives.proxyCheckIn': action<{ signupId: string }>()({ input: s.ProxyCheckInInput, roles: 'members' }),
  'drives.proxyCheckOut': action<{ signupId: string }>()({ input: s.ProxyCheckOutInput, roles: 'members' }),
  'drives.attendance': action<AttendanceView>()({ input: s.DriveId, roles: 'members' }),
  'drives.confirmHours': action<{ confirmed: number }>()({ input: s.ConfirmHoursInput, roles: 'members' }),
  'drives.sheet': action<SheetFile>()({ input: s.SheetInput, roles: 'members' }),
  'drives.openCases': action<QueueItem[]>()({ input: s.NoInput, roles: 'members' }),
  'drives.profile': action<VolunteerProfile>()({ input: s.NoInput, roles: 'members' }),
  'drives.certificate': action<Certificate>()({ input: s.NoInput, roles: 'members' }),
  'drives.captains': action<CaptainsView>()({ input: s.NoInput, roles: 'committee' }),
  'drives.grantCaptain': action<{ userId: string; team: string }>()({ input: s.GrantCaptainInput, roles: 'committee' }),
  'drives.revokeCaptain': action<{ userId: string }>()({ input: s.RevokeCaptainInput, roles: 'committee' }),
} as const;
