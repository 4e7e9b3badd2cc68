// Problem reports 随手拍 — filled in by the reports feature.
export const reportActions = {} as const;
