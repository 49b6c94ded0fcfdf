/** Where the notification settings live; a module of its own so links need not load the page. */
export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';
