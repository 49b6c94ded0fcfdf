import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { LoginStateSigner } from './login-state.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const login = {
  state: 'state-1',
  nonce: 'nonce-1',
  returnTo: '/citizen/cases',
  locale: 'en',
  createdAt: new Date('2026-11-25T09:00:00.123Z'),
};

describe('login state carried by the browser', () => {
  it('comes back as it was signed', () => {
    const signer = new LoginStateSigner(secret);
    expect(signer.verify('citizen', signer.sign('citizen', login))).toEqual(login);
  });

  it('is refused by the other surface', () => {
    const signer = new LoginStateSigner(secret);
    expect(signer.verify('staff', signer.sign('citizen', login))).toBeNull();
  });

  it('is refused when signed with another secret or changed', () => {
    const token = new LoginStateSigner(secret).sign('citizen', login);
    expect(new LoginStateSigner(`${secret}-other`).verify('citizen', token)).toBeNull();
    const [head, , signature] = token.split('.');
    const changed = Buffer.from(
      JSON.stringify({
        st: 'state-1',
        nn: 'nonce-1',
        rt: '/citizen/x',
        lc: 'en',
        at: 1,
        aud: 'citizen:login',
      }),
    ).toString('base64url');
    expect(
      new LoginStateSigner(secret).verify('citizen', `${head}.${changed}.${signature}`),
    ).toBeNull();
  });

  it('is not a session token, nor is a session token one', () => {
    const signer = new LoginStateSigner(secret);
    // A session token is signed with the bare secret for the audience `citizen`.
    const session = jwt.sign({ sid: 'x', st: 'state-1' }, secret, { audience: 'citizen' });
    expect(signer.verify('citizen', session)).toBeNull();
    expect(() =>
      jwt.verify(signer.sign('citizen', login), secret, { audience: 'citizen' }),
    ).toThrow();
  });

  it('refuses an unsigned token (alg none) and garbage', () => {
    const signer = new LoginStateSigner(secret);
    const none = jwt.sign(
      { st: 'state-1', nn: 'n', rt: '/citizen/', lc: 'sv', at: 1, aud: 'citizen:login' },
      '',
      { algorithm: 'none' },
    );
    expect(signer.verify('citizen', none)).toBeNull();
    expect(signer.verify('citizen', 'not-a-token')).toBeNull();
  });
});
