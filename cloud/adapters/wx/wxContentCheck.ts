// WeChat content security: text through msgSecCheck v2 (needs the caller's openid), images through
// mediaCheckAsync whose verdict arrives later — until then the image is 'pending', tracked in `contentChecks`.
import type { Clock, ContentCheck, Store } from '../../ports';

/** The slice of cloud.openapi.security used here. */
export interface WxSecurityApi {
  msgSecCheck(options: Record<string, unknown>): Promise<{ errCode?: number; result?: { suggest?: string; label?: number } }>;
  mediaCheckAsync(options: Record<string, unknown>): Promise<{ errCode?: number; traceId?: string }>;
}

/** msgSecCheck scenes: 1 profile, 2 comment, 3 forum, 4 social log. Reports and comments read like a forum. */
export const FORUM_SCENE = 3;
/** WeChat's error code for risky content in the v1 API. */
const RISKY_CONTENT = 87014;

export type ContentCheckDoc = {
  id: string;
  fileId: string;
  openid: string | null;
  status: 'pending' | 'pass' | 'reject';
  createdAt: number;
};

export interface WxContentCheckOptions {
  security: WxSecurityApi;
  store: Store;
  clock: Clock;
  /** A URL WeChat can fetch for a stored file id. */
  urlOf(fileId: string): Promise<string>;
  scene?: number;
}

export function createWxContentCheck({ security, store, clock, urlOf, scene = FORUM_SCENE }: WxContentCheckOptions): ContentCheck {
  return {
    async checkText(text, { openid }) {
      try {
        // v2 judges per user and requires the openid of someone who used the mini-program recently.
        const response = openid
          ? await security.msgSecCheck({ content: text, version: 2, scene, openid })
          : await security.msgSecCheck({ content: text });
        // 'review' (uncertain) passes: residents' reports must not be blocked on a guess; 'risky' is refused.
        return response.result?.suggest === 'risky' ? 'reject' : 'pass';
      } catch (error) {
        if ((error as { errCode?: number }).errCode === RISKY_CONTENT) return 'reject';
        throw error;
      }
    },
    async checkImage(fileId, { openid }) {
      const mediaUrl = await urlOf(fileId);
      if (!mediaUrl) return { verdict: 'reject' };
      const request: Record<string, unknown> = { mediaUrl, mediaType: 2, version: 2, scene };
      if (openid) request.openid = openid;
      const { traceId } = await security.mediaCheckAsync(request);
      if (!traceId) throw new Error('mediaCheckAsync answered without a trace id');
      await store.insert<ContentCheckDoc>('contentChecks', { id: traceId, fileId, openid: openid ?? null, status: 'pending', createdAt: clock.now() });
      return { verdict: 'pending', traceId };
    },
  };
}
