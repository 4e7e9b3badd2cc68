// Words of the inbox.
import { defineMessages } from '@/services/i18n';

export const useNotificationsT = defineMessages({
  'zh-CN': {
    'inbox.title': '消息',
    'inbox.empty': '暂无消息',
    'inbox.emptyDesc': '审核结果、问题进展和社区通知会出现在这里',
    'inbox.readAll': '全部已读',
    'inbox.unread': '未读',
    'inbox.unreadCount': '{count} 条未读',
  },
  'en-US': {
    'inbox.title': 'Messages',
    'inbox.empty': 'No messages',
    'inbox.emptyDesc': 'Decisions, case updates and community notices will appear here',
    'inbox.readAll': 'Mark all read',
    'inbox.unread': 'Unread',
    'inbox.unreadCount': '{count} unread',
  },
});
