// The words of 随手拍 the server and the shared schemas speak: refusals, field checks, categories, notices.
import type { NoticeKind } from '../common/feature';
import type { MessageTable } from '../common/messages';
import { CATEGORIES } from './categories';
import { STATUS_LABELS } from './status';

const categoryWords = Object.fromEntries(CATEGORIES.map((c) => [`category.${c.key}`, { zh: c.zh, en: c.en }]));
const statusWords = Object.fromEntries(Object.entries(STATUS_LABELS).map(([status, label]) => [`status.${status}`, label]));

export const reportMessages: MessageTable = {
  ...categoryWords,
  ...statusWords,
  'report.pickLocation': { zh: '请选择位置', en: 'Please pick the spot' },
  'report.pickCategory': { zh: '请选择问题类型', en: 'Please pick a category' },
  'report.photoRequired': { zh: '请至少拍一张照片', en: 'Please take at least one photo' },
  'report.afterPhotoRequired': { zh: '请至少拍一张处理后的照片', en: 'Please take at least one photo after the fix' },
  'report.describe': { zh: '请简单描述问题', en: 'Please describe the problem briefly' },
  'report.address': { zh: '请填写位置说明', en: 'Please describe where it is' },
  'report.onBehalfOf': { zh: '请填写代办对象', en: 'Please name the resident you file for' },
  'report.escalateReason': { zh: '请说明上报原因', en: 'Please say why it goes up a level' },
  'report.resolveNote': { zh: '请填写处理说明', en: 'Please say what was done' },
  'report.rejectReason': { zh: '请说明哪里还没处理好', en: 'Please say what is still not fixed' },
  'report.reopenReason': { zh: '请说明问题为何又出现', en: 'Please say how the problem came back' },
  'report.reason': { zh: '请填写原因', en: 'Please give a reason' },
  'report.notFound': { zh: '该问题不存在或已被移除', en: 'This case does not exist or was removed' },
  'report.duplicateNotFound': { zh: '找不到该问题', en: 'That case was not found' },
  'report.notYours': { zh: '该问题不在您的处理范围内', en: 'This case is not yours to handle' },
  'report.committeeOnly': { zh: '只有本社区居委会可以进行此操作', en: "Only this community's committee can do this" },
  'report.reporterOnly': { zh: '只有上报人可以核查处理结果', en: 'Only the reporter can check the fix' },
  'report.invalidTransition': { zh: '当前状态为「{status}」，不能执行此操作', en: 'This case is "{status}"; that cannot be done now' },
  'report.stale': { zh: '该问题刚刚被他人处理过，请刷新后重试', en: 'Someone just handled this case, please refresh and try again' },
  'report.topLevel': { zh: '已上报至街道，不能再向上报送', en: 'It is already with the street office, the top level' },
  'report.selfDuplicate': { zh: '不能标记为与自身重复', en: 'A case cannot duplicate itself' },
  'report.duplicateOfDuplicate': { zh: '所选问题本身已被标记为重复，请选择原始问题', en: 'That case is itself a duplicate, pick the original' },
  'report.onlyClosedReopen': { zh: '当前状态为「{status}」，只有已办结的问题可以重新打开', en: 'This case is "{status}"; only closed cases can be reopened' },
  'report.reopenMembersOnly': { zh: '只有本社区成员可以重新打开该问题', en: 'Only members of this community can reopen it' },
  'report.reopenWindowPassed': { zh: '该问题办结已超过{days}天，请直接重新上报', en: 'It was closed more than {days} days ago, please report it again' },
  'report.alreadyReopened': { zh: '该问题已被重新打开，请在新的问题中跟进', en: 'It was already reopened, please follow the new case' },
  'report.alreadySupported': { zh: '您已经点过"我也遇到"了', en: 'You already said "me too"' },
  'report.ownSupport': { zh: '不能为自己上报的问题点"我也遇到"', en: 'You cannot say "me too" to your own report' },
  'report.notOpen': { zh: '该问题已办结或已合并，无需再点"我也遇到"', en: 'This case is closed or merged, no "me too" needed' },
  'report.cannotSupport': { zh: '您不能为该问题点"我也遇到"', en: 'You cannot say "me too" to this case' },
  'report.levelGrid': { zh: '网格', en: 'grid' },
  'report.levelCommunity': { zh: '社区', en: 'community' },
  'report.levelStreet': { zh: '街道', en: 'street office' },
  'report.gridUnknown': { zh: '所选网格不属于本社区', en: 'That grid is not in this community' },
  'report.noteDuplicate': { zh: '与另一条上报重复，已合并跟进', en: 'Same as another report, followed up there' },
  'report.noteReassigned': { zh: '改派至{to}', en: 'Reassigned to {to}' },
  'report.noteToDuty': { zh: '改派至社区值班', en: 'Reassigned to the duty queue' },
  'report.noteUnhidden': { zh: '取消隐藏：{reason}', en: 'Shown again: {reason}' },
  'report.noteOnBehalf': { zh: '代办：{name}', en: 'Filed for {name}' },
  'report.noteReopened': { zh: '问题再次出现，重新打开', en: 'The problem came back; reopened' },
  'report.noteReopenedAs': { zh: '问题再次出现，已重新打开为新问题', en: 'The problem came back; reopened as a new case' },
  'report.dutyQueue': { zh: '社区值班', en: 'the duty queue' },
  'act.report.confirmed': { zh: '上报的「{category}」问题已办结', en: 'Reported a problem ({category}) that is now fixed' },
};

const subject = { zh: '{category} · {address}', en: '{category} · {address}' };
const notice = (to: NoticeKind['to'], zh: string, en: string, body = subject): NoticeKind => ({ to, title: { zh, en }, body });

export const reportNotices = {
  'report.submitted': notice('handlers', '有新的问题待受理', 'A new case is waiting'),
  'report.accepted': notice('members', '您上报的问题已受理', 'Your report was accepted'),
  'report.started': notice('members', '您上报的问题正在处理', 'Work on your report has started'),
  'report.escalated': notice('handlers', '{from}上报的问题待受理', 'A case sent up by the {from} is waiting'),
  'report.escalatedToYou': notice('members', '您上报的问题已转{to}处理', 'Your report went to the {to}'),
  'report.resolved': notice('members', '您上报的问题已处理，请核查', 'Your report was fixed, please check'),
  'report.rejected': notice('handlers', '核查未通过，请继续处理', 'The fix was rejected, please continue'),
  'report.closed': notice('handlers', '上报人已确认办结', 'The reporter confirmed the fix'),
  'report.flagged': notice('overseers', '督办：问题多次核查未通过', 'Supervise: a fix was rejected again and again', {
    zh: '{category} · {address}（已退回{rejections}次）',
    en: '{category} · {address} (rejected {rejections} times)',
  }),
  'report.reassigned': notice('handlers', '有问题改派给您处理', 'A case was reassigned to you'),
  'report.duplicate': notice('members', '您上报的问题已合并到相同问题', 'Your report was merged into the same case'),
  'report.hidden': notice('members', '您上报的问题已被社区隐藏', 'Your report was hidden by the community', { zh: '原因：{reason}', en: 'Reason: {reason}' }),
  'report.reopened': notice('handlers', '已办结的问题再次出现', 'A closed problem came back'),
  'report.inYourZone': notice('members', '您的责任区有新的问题', 'A new case in your zone', {
    zh: '{category} · {address}（{zone}）',
    en: '{category} · {address} ({zone})',
  }),
} satisfies Record<string, NoticeKind>;
