/** Which SPA (and so which endpoint and cookie) a request came through. */
export type AppSurface = 'citizen' | 'staff';
