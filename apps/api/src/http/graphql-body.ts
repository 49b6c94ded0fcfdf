import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * A request without a session may send only this much: the largest document the SPAs send is
 * under 1 KB, and nothing an anonymous caller may do carries answers or files.
 */
export const ANONYMOUS_BODY_LIMIT = 8 * 1024;

/**
 * The JSON body parser for a GraphQL endpoint, with its limit chosen before a byte is read: the
 * small anonymous one unless the request carries this surface's own signed session token (the
 * signature is checked, so a made-up cookie gets the small limit too). Too large: 413 through
 * the final error handler; not JSON: 400.
 */
export function graphqlBody(options: {
  signedInLimit: number;
  isSignedIn: (req: Request) => boolean;
}) {
  const anonymous = express.json({ limit: ANONYMOUS_BODY_LIMIT });
  const signedIn = express.json({ limit: options.signedInLimit });
  return (req: Request, res: Response, next: NextFunction): void => {
    const parse = options.isSignedIn(req) ? signedIn : anonymous;
    parse(req, res, next);
  };
}
