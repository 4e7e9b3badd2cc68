// The words of 志愿活动 the server and the shared schemas speak: refusals, field checks, kinds, notices.
import type { NoticeKind } from '../common/feature';
import type { MessageTable } from '../common/messages';
import { DRIVE_KINDS } from './kinds';
import { SIGNUP_LABELS } from './status';

const kindWords = Object.fromEntries(DRIVE_KINDS.map((kind) => [`driveKind.${kind.key}`, { zh: kind.zh, en: kind.en }]));
const statusWords = Object.fromEntries(Object.entries(SIGNUP_LABELS).map(([status, label]) => [`signup.${status}`, label]));

export const driveMessages: MessageTable = {
  ...kindWords,
  ...statusWords,
  'drive.entry': { zh: '志愿活动', en: 'Volunteer drives' },
  'drive.entryDesc': { zh: '报名、签到、记录服务时长', en: 'Sign up, check in, log hours' },
  'drive.title': { zh: '请填写活动名称', en: 'Please name the drive' },
  'drive.pickKind': { zh: '请选择活动类型', en: 'Please pick the kind of drive' },
  'drive.pickPlace': { zh: '请选择活动地点', en: 'Please pick the place' },
  'drive.address': { zh: '请填写集合地点', en: 'Please say where to meet' },
  'drive.radiusRange': { zh: '签到范围为20–2000米', en: 'The check-in radius is 20–2000 m' },
  'drive.capacity': { zh: '请填写招募人数', en: 'Please say how many volunteers are needed' },
  'drive.capacityMin': { zh: '至少招募1人', en: 'At least one place' },
  'drive.capacityMax': { zh: '最多招募{max}人', en: 'At most {max} places' },
  'drive.taskName': { zh: '请填写分工名称', en: 'Please name the task' },
  'drive.tasksMax': { zh: '最多{max}项分工', en: 'At most {max} tasks' },
  'drive.casesMax': { zh: '一次最多认领{max}个问题', en: 'At most {max} cases at once' },
  'drive.repeatRange': { zh: '重复2–{max}次', en: 'Repeat 2–{max} times' },
  'drive.endAfterStart': { zh: '结束时间须晚于开始时间', en: 'The end must come after the start' },
  'drive.tooLong': { zh: '一次活动最长{hours}小时', en: 'A drive lasts at most {hours} hours' },
  'drive.startInFuture': { zh: '开始时间须晚于现在', en: 'The start must be in the future' },
  'drive.deadlineBeforeStart': { zh: '报名截止时间不能晚于开始时间', en: 'Sign-ups must close before the start' },
  'drive.scanAgain': { zh: '没有识别到签到码，请重新扫码', en: 'No check-in code was read, please scan again' },
  'drive.codeFormat': { zh: '签到码是6位数字', en: 'The check-in code is 6 digits' },
  'drive.walkInName': { zh: '请填写代签人的称呼', en: 'Please name the person you check in' },
  'drive.minutes': { zh: '请填写分钟数', en: 'Please give the minutes' },
  'drive.correctionReason': { zh: '请说明更正原因', en: 'Please give a reason for the correction' },
  'drive.team': { zh: '请填写志愿队名称', en: 'Please name the team' },
  'drive.notFound': { zh: '该活动不存在或已被移除', en: 'This drive does not exist or was removed' },
  'drive.organiseOnly': { zh: '只有居委会或志愿队长可以发布活动', en: 'Only the committee or a volunteer captain can publish drives' },
  'drive.manageOnly': { zh: '只有活动组织者可以进行此操作', en: "Only the drive's organiser can do this" },
  'drive.deadlinePassed': { zh: '报名已截止', en: 'Sign-ups have closed' },
  'drive.notInAudience': { zh: '该活动面向其他网格或楼栋的居民', en: 'This drive is for residents of other grids or buildings' },
  'drive.taskRequired': { zh: '请选择一项分工', en: 'Please pick a task' },
  'drive.unknownTask': { zh: '该活动没有这项分工', en: 'This drive has no such task' },
  'drive.alreadySignedUp': { zh: '您已报名该活动', en: 'You have already signed up' },
  'drive.notSignedUp': { zh: '您还没有报名该活动', en: 'You have not signed up for this drive' },
  'drive.cancelClosed': { zh: '报名截止后不能取消，如不能到场请联系组织者', en: 'Sign-ups have closed; please tell the organiser if you cannot come' },
  'drive.notOpenYet': { zh: '签到将于{time}开始', en: 'Check-in opens at {time}' },
  'drive.ended': { zh: '活动已结束，不能再签到', en: 'The drive has ended; check-in is closed' },
  'drive.tokenExpired': {
    zh: '签到码已过期：签到码每30秒更换一次（上一个码仍可使用），请扫描或输入当前的码',
    en: 'This check-in code has expired: it changes every 30 s (the previous one still works), please use the current one',
  },
  'drive.tokenForged': { zh: '签到码无效，请扫描组织者手机上的签到码', en: "Not a valid check-in code; please scan the one on the organiser's phone" },
  'drive.tokenOtherDrive': { zh: '这是另一场活动的签到码', en: 'This check-in code belongs to another drive' },
  'drive.tokenUsed': { zh: '这个签到码您已经用过，请等待下一个码（30秒内更换）', en: 'You already used this code; please wait for the next one (within 30 s)' },
  'drive.codeWrong': { zh: '签到码不正确，请核对组织者手机上的6位数字', en: "Wrong code; please check the 6 digits on the organiser's phone" },
  'drive.locationNeeded': { zh: '该活动需要在现场签到，请允许获取位置', en: 'This drive checks you in on site; please allow your location' },
  'drive.outsideGeofence': { zh: '您距活动地点约{distance}米，需在{radius}米内签到', en: 'You are about {distance} m away; check in within {radius} m' },
  'drive.waitlistedNoCheckIn': { zh: '您还在候补名单中，转为正式报名后才能签到', en: 'You are on the waitlist; you can check in once you have a place' },
  'drive.notCheckedIn': { zh: '请先签到', en: 'Please check in first' },
  'drive.signupNotFound': { zh: '找不到该报名记录', en: 'That sign-up was not found' },
  'drive.invalidTransition': { zh: '当前状态为「{status}」，不能执行此操作', en: 'This sign-up is "{status}"; that cannot be done now' },
  'drive.stale': { zh: '报名情况刚刚有变化，请刷新后重试', en: 'The sign-ups just changed, please refresh and try again' },
  'drive.notEnded': { zh: '活动结束后才能确认时长', en: 'Hours can be confirmed once the drive has ended' },
  'drive.notAttended': { zh: '只能更正已签到签退人员的时长', en: 'Only the hours of people who checked in and out can be corrected' },
  'drive.hoursOverWindow': { zh: '时长不能超过活动时间（{max}分钟）', en: 'Hours cannot exceed the drive itself ({max} minutes)' },
  'drive.caseNotFound': { zh: '找不到所选问题', en: 'That case was not found' },
  'drive.caseNotOpen': { zh: '只能认领未办结的问题', en: 'Only open cases can be taken on' },
  'drive.caseTaken': { zh: '该问题已被另一场活动认领', en: 'Another drive has already taken on this case' },
  'drive.noHoursYet': { zh: '还没有已确认的志愿时长', en: 'No confirmed volunteer hours yet' },
  'drive.captainNotResident': { zh: '只能任命本社区的居民为志愿队长', en: 'Only residents of this community can be named captain' },
  'drive.captainNotFound': { zh: '该居民不是志愿队长', en: 'This resident is not a captain' },
  'drive.noteTakenOn': { zh: '由志愿活动「{title}」认领', en: 'Taken on by the drive "{title}"' },
  'act.volunteer.hours': { zh: '参加「{title}」志愿服务{hours}小时', en: 'Volunteered {hours} h at "{title}"' },
};

const notice = (zh: string, en: string, body: NoticeKind['body']): NoticeKind => ({ to: 'members', title: { zh, en }, body });
const when = { zh: '{title} · {time}', en: '{title} · {time}' };

export const driveNotices = {
  'drive.promoted': notice('候补成功，您已获得活动名额', 'You have a place now', when),
  'drive.reminder': notice('您报名的志愿活动快开始了', 'Your drive is coming up', { zh: '{title} · {time} · {address}', en: '{title} · {time} · {address}' }),
  'drive.hoursConfirmed': notice('志愿时长已确认', 'Your hours were confirmed', { zh: '{title}：{hours}小时', en: '{title}: {hours} h' }),
  'drive.captainGranted': notice('您已被任命为志愿队长', 'You were named volunteer captain', { zh: '{team}：可以发布和组织志愿活动', en: '{team}: you can publish and organise drives' }),
} satisfies Record<string, NoticeKind>;
