// Notice (公告) handlers, one per action of src/domain/notices/actions.ts.
import type { noticeActions } from '../../../src/domain/notices/actions';
import type { HandlerTable } from '..';
import { noticeDetail } from './detail';
import { editNotice } from './edit';
import { noticeFeed, noticeList } from './feed';
import { publishNotice } from './publish';
import { readStats } from './readStats';
import { unreadHouseholds } from './unreadHouseholds';
import { withdrawNotice } from './withdraw';

export const noticeHandlers: Pick<HandlerTable, keyof typeof noticeActions> = {
  'notices.publish': publishNotice,
  'notices.edit': editNotice,
  'notices.withdraw': withdrawNotice,
  'notices.feed': noticeFeed,
  'notices.list': noticeList,
  'notices.detail': noticeDetail,
  'notices.readStats': readStats,
  'notices.unreadHouseholds': unreadHouseholds,
};
