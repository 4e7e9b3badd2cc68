// Which notices a tap asks WeChat consent for: the moments the person has to act, or wants to know.

/** The reporter: the case was taken (受理), and the fix awaits their check (核查). */
export const REPORTER_UPDATES = ['report.accepted', 'report.resolved'];

/** The handler who takes a case: the reporter sent the fix back, or confirmed it (办结). */
export const HANDLER_UPDATES = ['report.rejected', 'report.closed'];
