// The words of 树木认养 the server and the shared schemas speak: species, conditions, care acts, refusals, notices.
import type { NoticeKind } from '../common/feature';
import type { MessageTable } from '../common/messages';
import { SPECIES } from './species';

const speciesWords = Object.fromEntries(SPECIES.map((species) => [`species.${species.key}`, { zh: species.zh, en: species.en }]));

export const CONDITION_WORDS = {
  'condition.healthy': { zh: '健康', en: 'Healthy' },
  'condition.attention': { zh: '需关注', en: 'Needs attention' },
  'condition.pest': { zh: '病虫害', en: 'Pests or disease' },
  'condition.dead': { zh: '枯死', en: 'Dead' },
};

export const CARE_WORDS = {
  'care.water': { zh: '浇水', en: 'Watered' },
  'care.prune': { zh: '修剪', en: 'Pruned' },
  'care.straighten': { zh: '扶正', en: 'Straightened' },
  'care.pest_control': { zh: '除病虫害', en: 'Treated pests' },
  'care.litter': { zh: '清理垃圾', en: 'Cleared litter' },
  'care.sickness': { zh: '发现病害', en: 'Found sickness' },
};

export const treeMessages: MessageTable = {
  ...speciesWords,
  ...CONDITION_WORDS,
  ...CARE_WORDS,
  'tree.pickLocation': { zh: '请在地图上选择树的位置', en: 'Please pick where the tree stands' },
  'tree.pickSpecies': { zh: '请选择树种', en: 'Please pick the species' },
  'tree.pickCondition': { zh: '请选择树木状况', en: 'Please pick the condition' },
  'tree.pickAct': { zh: '请选择养护内容', en: 'Please pick what you did' },
  'tree.photoRequired': { zh: '请拍一张养护照片', en: 'Please take a photo of the care' },
  'tree.badBox': { zh: '地图范围无效', en: 'That map area is not valid' },
  'tree.boxTooLarge': { zh: '地图范围太大，请放大后再看', en: 'The map area is too large, please zoom in' },
  'tree.badYear': { zh: '年份不正确', en: 'Not a valid year' },
  'tree.codeRequired': { zh: '请填写树木编号', en: 'Please give the tree its number' },
  'tree.spotRequired': { zh: '请填写位置说明', en: 'Please describe where it stands' },
  'tree.sheetEmpty': { zh: '表格是空的', en: 'The sheet is empty' },
  'tree.sheetTooLarge': { zh: '表格太大，请分批导入（每次最多2000棵）', en: 'The sheet is too large, import at most 2 000 trees at a time' },
  'tree.sheetTooManyRows': { zh: '每次最多导入{max}棵树', en: 'At most {max} trees at a time' },
  'tree.sheetHeader': { zh: '表头缺少「{column}」列', en: 'The header has no "{column}" column' },
  'tree.sheetUnreadable': { zh: '无法读取表格，请另存为 CSV（UTF-8）后重试', en: 'The sheet cannot be read, save it as CSV (UTF-8) and try again' },
  'tree.sheetDuplicateCode': { zh: '编号与第{line}行重复', en: 'Same number as line {line}' },
  'tree.areaPoints': { zh: '请在图上点出3到64个角点', en: 'Please tap 3 to 64 corners on the plan' },
  'tree.beltName': { zh: '请填写绿化带名称', en: 'Please name the green belt' },
  'tree.notFound': { zh: '这棵树不存在或已被移除', en: 'This tree does not exist or was removed' },
  'tree.adoptionNotFound': { zh: '认养记录不存在', en: 'That adoption was not found' },
  'tree.logNotFound': { zh: '养护记录不存在', en: 'That care log was not found' },
  'tree.taken': { zh: '这棵树已被认养', en: 'Someone has already adopted this tree' },
  'tree.dead': { zh: '枯死的树不能认养', en: 'A dead tree cannot be adopted' },
  'tree.noHousehold': { zh: '以家庭认养需先绑定房屋', en: 'To adopt as a household, join your household first' },
  'tree.notAdopter': { zh: '只有认养人可以进行此操作', en: 'Only the adopter can do this' },
  'tree.adoptionOver': { zh: '认养已结束', en: 'This adoption has ended' },
  'tree.renewTooEarly': { zh: '认养到期前{days}天内可以续期', en: 'You can renew in the last {days} days of the term' },
  'tree.actNotAllowed': { zh: '认养人或网格员才能登记这项养护，您可以上报「发现病害」', en: 'Only the adopter or staff log this; you can report sickness' },
  'tree.notStaff': { zh: '只有本社区居委会或该网格的网格员可以核实', en: "Only the committee or this grid's worker can verify" },
  'tree.ownLog': { zh: '不能核实自己的养护记录', en: 'You cannot verify your own log' },
  'tree.alreadyDecided': { zh: '这条记录已经核实过了', en: 'This log was already checked' },
  'tree.codeTaken': { zh: '编号{code}已被其他树使用', en: 'Number {code} is used by another tree' },
  'tree.caseDescription': { zh: '{species}（{code}）{condition}：{note}', en: '{species} ({code}) {condition}: {note}' },
  'tree.caseNoNote': { zh: '认养人发现异常', en: 'found by its carer' },
  'tree.household': { zh: '{name}家', en: "{name}'s household" },
  'tree.anonymous': { zh: '爱心居民', en: 'A neighbour' },
  'tree.entry': { zh: '树木认养', en: 'Adopt a tree' },
  'tree.entryDesc': { zh: '认养小区里的一棵树，浇水养护、发现病害随手拍', en: 'Adopt a tree nearby, log its care, report its sickness' },
  'act.care.verified': { zh: '为{species}{act}（已核实）', en: 'Cared for a {species}: {act} (verified)' },
};

export const treeNotices = {
  'tree.careReminder': {
    to: 'members',
    title: { zh: '您认养的{species}该养护了', en: 'Your {species} needs care' },
    body: { zh: '{spot} · 已{days}天没有养护记录', en: '{spot} · no care logged for {days} days' },
  },
  'tree.adoptionLapsed': {
    to: 'members',
    title: { zh: '您对{species}的认养已到期', en: 'Your adoption of the {species} has ended' },
    body: { zh: '{spot} · 感谢一年的照顾，欢迎再次认养', en: '{spot} · thank you for your care, you are welcome to adopt again' },
  },
  'tree.careVerified': {
    to: 'members',
    title: { zh: '您的养护记录已核实', en: 'Your care log was verified' },
    body: { zh: '{species} · {act}', en: '{species} · {act}' },
  },
  'tree.careRejected': {
    to: 'members',
    title: { zh: '您的养护记录未通过核实', en: 'Your care log was not verified' },
    body: { zh: '{species} · {act}', en: '{species} · {act}' },
  },
} satisfies Record<string, NoticeKind>;
