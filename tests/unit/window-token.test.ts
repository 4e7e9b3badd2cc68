// The rotating check-in code: a signed token naming its subject and 30-s window, and a 6-digit code derived from
// it. Nobody without the key can make one; an old one, another subject's or a tampered one is told apart.
import { issueToken, matchCode, readToken, type WindowTokenPolicy } from '../../cloud/kit/windowToken';

const key = Buffer.from('a test key of thirty-two bytes!!');
const policy: WindowTokenPolicy = { purpose: 'drive-checkin', windowMs: 30_000, grace: 1 };
const t0 = Date.parse('2026-11-21T09:00:05+08:00');

describe('issueToken / readToken', () => {
  it('names the subject and window, and changes with the window', () => {
    const issued = issueToken(key, 'd_1', t0, policy);
    expect(readToken(key, issued.token, t0, policy)).toEqual({ kind: 'ok', subject: 'd_1', window: issued.window });
    expect(issued.refreshAt).toBe((issued.window + 1) * 30_000);
    expect(issueToken(key, 'd_1', t0 + 30_000, policy).token).not.toBe(issued.token);
    expect(issueToken(key, 'd_1', t0 + 1_000, policy).token).toBe(issued.token);
  });

  it('passes during its window and the next one (clock skew), and is expired after', () => {
    const { token } = issueToken(key, 'd_1', t0, policy);
    expect(readToken(key, token, t0 + 30_000, policy).kind).toBe('ok');
    expect(readToken(key, token, t0 + 60_000, policy)).toMatchObject({ kind: 'expired', subject: 'd_1' });
  });

  it('refuses a token signed with another key, for another purpose, tampered or malformed', () => {
    const { token, window } = issueToken(key, 'd_1', t0, policy);
    expect(readToken(Buffer.from('another key entirely, 32 bytes!!'), token, t0, policy).kind).toBe('forged');
    expect(readToken(key, token, t0, { ...policy, purpose: 'other' }).kind).toBe('forged');
    expect(readToken(key, token.replace('d_1', 'd_2'), t0, policy).kind).toBe('forged');
    expect(readToken(key, `d_1.${window + 1}.${token.split('.')[2]}`, t0, policy).kind).toBe('forged');
    expect(readToken(key, 'not a token', t0, policy).kind).toBe('malformed');
  });

  it('refuses a validly signed token from the far future', () => {
    const { token } = issueToken(key, 'd_1', t0 + 5 * 60_000, policy);
    expect(readToken(key, token, t0, policy).kind).toBe('future');
  });
});

describe('matchCode', () => {
  it('matches the six digits of the current and previous window, and tells an old code from a wrong one', () => {
    const { code, window } = issueToken(key, 'd_1', t0, policy);
    expect(code).toMatch(/^\d{6}$/);
    expect(matchCode(key, 'd_1', code, t0, policy)).toEqual({ kind: 'ok', window });
    expect(matchCode(key, 'd_1', code, t0 + 30_000, policy)).toEqual({ kind: 'ok', window });
    expect(matchCode(key, 'd_1', code, t0 + 60_000, policy)).toEqual({ kind: 'expired', window });
    const other = issueToken(key, 'd_2', t0, policy).code;
    expect(matchCode(key, 'd_1', other === code ? '000000' : other, t0, policy).kind).toBe('wrong');
  });

  it('spreads codes across windows', () => {
    const codes = new Set(Array.from({ length: 200 }, (_, n) => issueToken(key, 'd_1', t0 + n * 30_000, policy).code));
    expect(codes.size).toBeGreaterThan(195);
  });
});
