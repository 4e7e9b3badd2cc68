// The polls subpackage's pages.
export const POLLS = {
  list: '/features/polls/pages/list/index',
  create: '/features/polls/pages/create/index',
  answer: (id: string) => `/features/polls/pages/answer/index?id=${encodeURIComponent(id)}`,
  results: (id: string) => `/features/polls/pages/results/index?id=${encodeURIComponent(id)}`,
} as const;
