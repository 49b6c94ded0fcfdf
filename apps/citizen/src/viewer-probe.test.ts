import { printViewerQuery } from '@etj/spa/probe';
import { describe, expect, it } from 'vitest';
import { CITIZEN_VIEWER_QUERY } from './features/identity/use-citizen-viewer.ts';
import { CITIZEN_ME_OPERATION } from './viewer-probe.ts';

describe('the early viewer probe', () => {
  it('asks exactly what the app viewer query asks', () => {
    expect(CITIZEN_ME_OPERATION).toEqual(printViewerQuery(CITIZEN_VIEWER_QUERY.document));
  });
});
