// The pledges subpackage's pages, from the feature registry.
import { pageUrl, pledgesApp } from '@/features/registry';

const withId = (url: string, id: string) => `${url}?id=${encodeURIComponent(id)}`;

export const PLEDGES = {
  list: pageUrl(pledgesApp, 'pages/list/index'),
  pledge: (id: string) => withId(pageUrl(pledgesApp, 'pages/pledge/index'), id),
  wall: (id: string) => withId(pageUrl(pledgesApp, 'pages/wall/index'), id),
  shop: (id: string) => withId(pageUrl(pledgesApp, 'pages/shop/index'), id),
  card: (id: string) => withId(pageUrl(pledgesApp, 'pages/card/index'), id),
} as const;
