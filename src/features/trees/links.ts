// The trees subpackage's pages, from the feature registry.
import { pageUrl, treesApp } from '@/features/registry';

const withQuery = (url: string, query: Record<string, string>) =>
  `${url}?${Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;

export const TREES = {
  map: pageUrl(treesApp, 'pages/map/index'),
  mine: pageUrl(treesApp, 'pages/mine/index'),
  manage: pageUrl(treesApp, 'pages/manage/index'),
  tree: (id: string) => withQuery(pageUrl(treesApp, 'pages/tree/index'), { id }),
  care: (id: string, act?: string) => withQuery(pageUrl(treesApp, 'pages/care/index'), act ? { id, act } : { id }),
  certificate: (adoptionId: string) => withQuery(pageUrl(treesApp, 'pages/certificate/index'), { id: adoptionId }),
} as const;
