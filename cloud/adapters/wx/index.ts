// The WeChat runtime's ports, built from an initialised wx-server-sdk module.
import type { Ports } from '../../ports';
import { systemClock } from '../local/clock';
import { createCloudbaseStore, type WxDatabase } from './cloudbaseStore';
import { createCloudFiles, type CloudFiles, type WxStorage } from './cloudFiles';
import { createEnvSecrets } from './envSecrets';
import { createWxContentCheck, type WxSecurityApi } from './wxContentCheck';
import { createWxNotifier, templatesFromEnv, type TemplateMap, type WxSubscribeApi } from './wxNotifier';

/** What createWxPorts needs of wx-server-sdk (after cloud.init). */
export interface WxCloud extends WxStorage {
  database(config?: { throwOnNotFound?: boolean }): unknown;
  openapi: { security: WxSecurityApi; subscribeMessage: WxSubscribeApi };
}

export interface WxPorts extends Ports {
  files: CloudFiles;
}

export function createWxPorts(cloud: WxCloud, options: { templates?: TemplateMap } = {}): WxPorts {
  const clock = systemClock;
  // throwOnNotFound: false makes doc(id).get() answer null for a missing id instead of rejecting.
  const store = createCloudbaseStore(cloud.database({ throwOnNotFound: false }) as WxDatabase);
  const files = createCloudFiles({ cloud, store, clock });
  return {
    store,
    files,
    contentCheck: createWxContentCheck({
      security: cloud.openapi.security,
      store,
      clock,
      urlOf: async (fileId) => (await files.urls([fileId]))[0],
    }),
    notifier: createWxNotifier({
      subscribeMessage: cloud.openapi.subscribeMessage,
      store,
      clock,
      templates: options.templates ?? templatesFromEnv(),
    }),
    clock,
    secrets: createEnvSecrets(),
  };
}

export { createCloudbaseStore, translateFilter, translatePatch, matchesFilter } from './cloudbaseStore';
export { createCloudFiles } from './cloudFiles';
export { createWxContentCheck } from './wxContentCheck';
export { createWxNotifier, subscriptionId } from './wxNotifier';
