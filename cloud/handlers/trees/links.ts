// Pages of the trees subpackage that notices and acts link to.
export const treeLink = (treeId: string): string => `/features/trees/pages/tree/index?id=${encodeURIComponent(treeId)}`;
