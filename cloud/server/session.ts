// Session tokens of the local gateway: HS256 JWTs whose subject is the caller's openid, valid for 30 days.
import jwt from 'jsonwebtoken';

export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface Session {
  openid: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export function signSession(openid: string, secret: string, ttlSeconds = SESSION_TTL_SECONDS): string {
  return jwt.sign({}, secret, { algorithm: 'HS256', subject: openid, expiresIn: ttlSeconds });
}

/** The session a token carries, or null when it is forged, expired or malformed. */
export function verifySession(token: string, secret: string): Session | null {
  try {
    // Pinning the algorithm refuses 'none' and any key-confusion trick.
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || payload.sub === '' || typeof payload.exp !== 'number') return null;
    return { openid: payload.sub, exp: payload.exp };
  } catch {
    return null;
  }
}

/** The bearer token of an Authorization header, if there is one. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
