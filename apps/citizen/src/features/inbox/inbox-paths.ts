/** Where the inbox (Inkorg) is. */
export const INBOX_PATH = '/inbox';
/** Where the archive (Arkiv) is. */
export const ARCHIVE_PATH = '/inbox/archive';
/** Where one of my cases is shown. */
export const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
