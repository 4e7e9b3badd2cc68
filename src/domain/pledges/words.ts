// The words of 文明承诺 the server and the shared schemas speak: kinds, audiences, refusals.
import type { NoticeKind } from '../common/feature';
import type { MessageTable } from '../common/messages';
import { PLEDGE_KINDS } from './kinds';

const kindWords = Object.fromEntries(PLEDGE_KINDS.map((kind) => [`pledgeKind.${kind.key}`, { zh: kind.zh, en: kind.en }]));

export const pledgeMessages: MessageTable = {
  ...kindWords,
  'audience.residents': { zh: '居民', en: 'Residents' },
  'audience.households': { zh: '家庭', en: 'Households' },
  'audience.shops': { zh: '商户', en: 'Shops' },
  'pledge.pickKind': { zh: '请选择承诺类型', en: 'Please pick the kind of pledge' },
  'pledge.title': { zh: '请填写承诺标题', en: 'Please give the pledge a title' },
  'pledge.clause': { zh: '条款不能为空', en: 'A clause cannot be empty' },
  'pledge.clausesRequired': { zh: '请至少写一条承诺内容', en: 'Please write at least one clause' },
  'pledge.tooManyClauses': { zh: '最多{max}条', en: 'At most {max} clauses' },
  'pledge.term': { zh: '请填写承诺期，如「2026 年度」', en: 'Please give the term, e.g. 2026' },
  'pledge.pickAudience': { zh: '请选择签署对象', en: 'Please pick who signs' },
  'pledge.target': { zh: '目标份数应为1到100000之间的整数', en: 'The target is a whole number from 1 to 100 000' },
  'pledge.drawZone': { zh: '请在平面图上点出责任区的3个以上角点', en: 'Please tap at least 3 corners of the zone on the plan' },
  'pledge.shopPhone': { zh: '请填写商户登记的联系电话', en: "Please give the shop's registered phone number" },
  'pledge.shopName': { zh: '请填写店名', en: "Please give the shop's name" },
  'pledge.shopAddress': { zh: '请填写门牌地址', en: "Please give the shop's address" },
  'pledge.shopOwner': { zh: '请填写负责人', en: 'Please give the person in charge' },
  'pledge.notFound': { zh: '承诺不存在或已被移除', en: 'This pledge does not exist or was removed' },
  'pledge.shopNotFound': { zh: '商户不存在', en: 'That shop was not found' },
  'pledge.closed': { zh: '本期承诺已结束签署', en: 'Signing for this pledge has closed' },
  'pledge.alreadySigned': { zh: '您已签署过本期承诺', en: 'You have already signed this pledge' },
  'pledge.householdSigned': { zh: '您家已有人签署过本期承诺', en: 'Your household has already signed this pledge' },
  'pledge.shopSigned': { zh: '该商户已签署过本期承诺', en: 'This shop has already signed this pledge' },
  'pledge.noHousehold': { zh: '家庭承诺需先绑定房屋', en: 'Join your household first to sign for it' },
  'pledge.shopsOnly': { zh: '门前三包由商户签署', en: 'Shops sign this pledge' },
  'pledge.notForShops': { zh: '这份承诺不是商户承诺', en: 'This pledge is not for shops' },
  'pledge.phoneMismatch': { zh: '电话与社区登记的不一致，请联系居委会', en: 'That number does not match the register, please ask the committee' },
  'pledge.shopClaimed': { zh: '该商户已由其他账号签署，请联系居委会', en: 'Another account signs for this shop, please ask the committee' },
  'pledge.zoneOffShop': { zh: '责任区应在店门前', en: 'The zone must be in front of the shop' },
  'pledge.notSigned': { zh: '您还没有签署本期承诺', en: 'You have not signed this pledge' },
  'pledge.cannotWithdraw': { zh: '只有签署人可以撤回', en: 'Only the signer can withdraw' },
  'pledge.shopExists': { zh: '同名同地址的商户已登记', en: 'A shop with this name and address is registered' },
  'pledge.entry': { zh: '文明承诺', en: 'Civility pledges' },
  'pledge.entryDesc': { zh: '签署垃圾分类、文明养犬、门前三包等承诺', en: 'Sign for waste sorting, responsible dog keeping, your shopfront' },
  'pledge.anonymous': { zh: '签署人', en: 'A signer' },
  'pledge.householdName': { zh: '{name}家', en: "{name}'s household" },
};

export const pledgeNotices = {} satisfies Record<string, NoticeKind>;
