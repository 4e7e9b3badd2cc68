// The app layer's one registration point: each feature's subpackage (root and pages) and its entry on the 参与 tab.
// src/app.config.ts reads its subPackages from here, so a page listed here without its file fails the build;
// services/navigation.ts builds page URLs from here, so a link to an unlisted page fails the type check.
// Keep this file free of runtime imports: Taro compiles it into the app config at build time.
import type { Abilities } from '../domain/abilities';

/** A way to take part, shown on the 参与 tab. */
export interface ParticipateEntry<P extends string> {
  /** Message keys of the shared table (src/domain/messages.ts, from the feature's words.ts). */
  title: string;
  desc: string;
  /** The page the entry opens, one of the feature's pages. */
  page: P;
  /** Shown only to callers the server grants this ability (`session.can`); everyone otherwise. */
  ability?: keyof Abilities;
}

export interface FeatureApp<P extends string = string> {
  /** The feature's name, as in src/domain/features.ts. */
  name: string;
  /** The subpackage folder under src/. */
  root: `features/${string}`;
  /** Pages inside the root, e.g. 'pages/list/index' (file: src/<root>/pages/list/index.tsx). */
  pages: readonly P[];
  participate?: ParticipateEntry<NoInfer<P>>;
}

const defineFeatureApp = <const P extends string>(app: FeatureApp<P>): FeatureApp<P> => app;

export const councilsApp = defineFeatureApp({
  name: 'councils',
  root: 'features/councils',
  pages: [
    'pages/topics/index',
    'pages/topic/index',
    'pages/propose/index',
    'pages/vote/index',
    'pages/vote-new/index',
    'pages/electors/index',
    'pages/meeting/index',
    'pages/publish/index',
    'pages/register/index',
  ],
  participate: { title: 'council.entry', desc: 'council.entryDesc', page: 'pages/topics/index' },
});

export const drivesApp = defineFeatureApp({
  name: 'drives',
  root: 'features/drives',
  pages: [
    'pages/list/index',
    'pages/detail/index',
    'pages/publish/index',
    'pages/checkin-code/index',
    'pages/attendance/index',
    'pages/profile/index',
    'pages/certificate/index',
  ],
  participate: { title: 'drive.entry', desc: 'drive.entryDesc', page: 'pages/list/index' },
});

export const membershipApp = defineFeatureApp({
  name: 'membership',
  root: 'features/membership',
  pages: ['pages/profile/index', 'pages/join/index', 'pages/approvals/index', 'pages/codes/index'],
});

export const notificationsApp = defineFeatureApp({
  name: 'notifications',
  root: 'features/notifications',
  pages: ['pages/inbox/index'],
});

export const pollsApp = defineFeatureApp({
  name: 'polls',
  root: 'features/polls',
  pages: ['pages/list/index', 'pages/answer/index', 'pages/results/index', 'pages/create/index'],
  participate: { title: 'poll.entry', desc: 'poll.entryDesc', page: 'pages/list/index' },
});

export const reportsApp = defineFeatureApp({
  name: 'reports',
  root: 'features/reports',
  pages: ['pages/new/index', 'pages/detail/index', 'pages/mine/index', 'pages/list/index', 'pages/queue/index', 'pages/admin/index', 'pages/resolve/index'],
});

export const noticesApp = defineFeatureApp({
  name: 'notices',
  root: 'features/notices',
  pages: ['pages/list/index', 'pages/detail/index', 'pages/publish/index', 'pages/reads/index'],
});

export const pledgesApp = defineFeatureApp({
  name: 'pledges',
  root: 'features/pledges',
  pages: ['pages/list/index', 'pages/pledge/index', 'pages/wall/index', 'pages/shop/index', 'pages/card/index'],
  participate: { title: 'pledge.entry', desc: 'pledge.entryDesc', page: 'pages/list/index' },
});

export const treesApp = defineFeatureApp({
  name: 'trees',
  root: 'features/trees',
  pages: ['pages/map/index', 'pages/tree/index', 'pages/care/index', 'pages/mine/index', 'pages/certificate/index', 'pages/manage/index'],
  participate: { title: 'tree.entry', desc: 'tree.entryDesc', page: 'pages/map/index' },
});

/** Every feature with pages; add yours here. */
export const FEATURE_APPS: readonly FeatureApp[] = [councilsApp, drivesApp, membershipApp, noticesApp, notificationsApp, pledgesApp, pollsApp, reportsApp, treesApp];

/** The mini-program's subPackages (app.json), one per feature. */
export const subPackages = FEATURE_APPS.map(({ root, pages }) => ({ root, pages: [...pages] }));

/** The absolute URL of one of a feature's pages, for navigateTo. */
export const pageUrl = <P extends string>(app: FeatureApp<P>, page: P): string => `/${app.root}/${page}`;

/** The 参与 entries of every registered feature, with their feature's name and the URL they open. */
export const participateEntries = FEATURE_APPS.flatMap((app) =>
  app.participate ? [{ feature: app.name, url: pageUrl(app, app.participate.page), ...app.participate }] : [],
);
