// Problem reports 随手拍 handlers — filled in by the reports feature.
export const reportHandlers = {};
