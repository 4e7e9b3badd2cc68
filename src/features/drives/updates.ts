// Which notices a sign-up asks WeChat consent for: a place freed for the waitlisted, and the reminder before the day.
export const VOLUNTEER_UPDATES = ['drive.promoted', 'drive.reminder', 'drive.hoursConfirmed'];
