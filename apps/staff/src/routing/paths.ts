import { SPA_PATHS } from '@etj/spa';

/** Client routes of the staff SPA (paths below the /staff base). */
export const PATHS = {
  ...SPA_PATHS,
  chooseUnit: '/choose-unit',
} as const;
