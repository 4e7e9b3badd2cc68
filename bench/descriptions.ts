// What residents write, per category: a few plausible short descriptions each.
import type { CategoryKey } from '../src/domain/reports/categories';

export const DESCRIPTIONS: Record<CategoryKey, readonly string[]> = {
  clutter: ['楼道里堆满了旧家具和纸箱，影响通行', '消防通道被杂物堵住了', '单元门口堆放了很多泡沫箱'],
  dirty_spot: ['墙角积了很多垃圾，好久没人清理', '绿化带里有很多烟头和塑料袋'],
  overflowing_bin: ['垃圾桶满了溢出来，有异味', '分类垃圾桶已经装不下了'],
  litter: ['路边有一袋生活垃圾没人收', '草坪上有很多饮料瓶'],
  construction_waste: ['装修的建筑垃圾堆在楼下好几天了', '有人把碎砖块倒在空地上'],
  flyers: ['单元门上贴满了小广告', '电线杆上贴满了招租广告'],
  street_trading: ['门口有流动摊贩占了人行道', '早市摊位摆到了车行道上'],
  bad_parking: ['电动车停在消防通道上', '有一辆僵尸车停了半年没动'],
  illegal_structure: ['一楼住户在绿地上搭了棚子', '楼顶有人私自加建'],
  sewage: ['下水道堵了，污水漫到路上', '雨水井盖附近积水发臭'],
  greenery: ['绿化带的树被人砍断了', '草坪被车轧坏了一大片'],
  facility: ['健身器材的螺丝松了，有危险', '路灯坏了，晚上很黑', '单元门禁坏了关不上'],
  pests: ['花坛里积水滋生蚊子', '垃圾房附近老鼠很多'],
  wiring: ['有人从楼上拉电线给电动车充电', '楼道里私拉电线很危险'],
  other: ['公告栏的玻璃碎了', '井盖松动，踩上去会响'],
};
