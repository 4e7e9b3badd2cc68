// The words of profiles and joining the server and the shared schemas speak.
import type { NoticeKind } from '../common/feature';
import type { MessageTable } from '../common/messages';

export const membershipMessages: MessageTable = {
  'membership.nicknameRequired': { zh: '请填写昵称', en: 'Please enter a nickname' },
  'membership.codeFormat': { zh: '邀请码是6位字母或数字', en: 'The invite code is 6 letters or digits' },
  'membership.codeUnknown': { zh: '邀请码无效，请核对联系卡', en: 'Unknown invite code, please check the contact card' },
  'membership.rejectReason': { zh: '请填写驳回原因', en: 'Please give a reason for rejecting' },
  'membership.nicknameRejected': { zh: '昵称包含不适宜的内容，请修改', en: 'The nickname contains words that cannot be used' },
  'membership.consentRequired': { zh: '请先阅读并同意隐私保护指引', en: 'Please read and accept the privacy guide first' },
  'membership.nicknameFirst': { zh: '请先填写昵称', en: 'Please set a nickname first' },
  'membership.alreadyMember': { zh: '您已是该社区居民', en: 'You are already a resident of this community' },
  'membership.requestPending': { zh: '您已有一个待审核的申请，请耐心等待', en: 'You already have a request waiting for review' },
  'membership.alreadyDecided': { zh: '该申请已处理', en: 'This request has already been decided' },
  'membership.requestNotFound': { zh: '申请不存在', en: 'Request not found' },
  'membership.joinedWithCode': { zh: '已凭邀请码加入', en: 'Joined with the invite code' },
  'membership.tooManyCodeTries': { zh: '今天输入邀请码的次数已用完，请明天再试或联系居委会', en: 'No more invite code tries today; try tomorrow or ask the committee' },
  'membership.householdNotFound': { zh: '该住户不存在', en: 'That household does not exist' },
  'membership.codeJustChanged': { zh: '该住户的邀请码刚刚已被更换，请刷新后查看', en: 'The invite code was just replaced, please refresh' },
  'membership.communityNotFound': { zh: '找不到该社区', en: 'Community not found' },
  'membership.userNotFound': { zh: '找不到该用户', en: 'Person not found' },
  'membership.claimFormat': { zh: '开通码是16位字母或数字', en: 'The claim code is 16 letters or digits' },
  'membership.claimInvalid': { zh: '开通码无效、已使用或已过期', en: 'This claim code is wrong, already used or expired' },
  'files.unreadable': { zh: '图片已损坏或过大，无法读取', en: 'The image is damaged or too large to read' },
  'files.quotaPhotos': { zh: '今天上传的图片数量已达上限，请明天再试', en: 'You have uploaded the most photos allowed today, please try again tomorrow' },
  'files.quotaBytes': { zh: '今天上传的图片总大小已达上限，请明天再试', en: 'You have uploaded the most photo data allowed today, please try again tomorrow' },
  'files.uploadRaced': { zh: '上传太快，请重试', en: 'Uploads arrived too fast, please try again' },
  'files.notYours': { zh: '这张图片不是你上传的', en: 'You did not upload this picture' },
  'files.badId': { zh: '文件编号无效', en: 'Not a valid file id' },
  'files.missing': { zh: '图片不存在，请重新上传', en: 'The picture is missing, please upload it again' },
  'files.tooLarge': { zh: '图片不能超过{mb}MB', en: 'A picture can be at most {mb} MB' },
  'files.badType': { zh: '只能上传 JPG、PNG、WebP 或 GIF 图片', en: 'Only JPG, PNG, WebP or GIF pictures can be uploaded' },
};

export const membershipNotices = {
  'membership.approved': {
    to: 'anyone',
    title: { zh: '入户申请已通过', en: 'Your request to join was approved' },
    body: { zh: '您已成为{household}的居民，欢迎加入社区', en: 'You are now a resident of {household}. Welcome!' },
  },
  'membership.rejected': {
    to: 'anyone',
    title: { zh: '入户申请未通过', en: 'Your request to join was declined' },
    body: { zh: '原因：{reason}', en: 'Reason: {reason}' },
  },
} satisfies Record<string, NoticeKind>;
