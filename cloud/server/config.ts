// The gateway's settings from the environment, checked before anything starts.
import { isIP } from 'node:net';

export const MIN_SECRET_BYTES = 32;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * LINLI_TRUST_PROXY: unset or `false` trusts no proxy (the socket's address is the client); otherwise a
 * comma-separated list of the proxies' addresses or CIDRs (`loopback` for one on the same machine), or `true`
 * for every hop — only when nothing can reach the gateway except through the proxy.
 */
export function trustProxyFrom(value: string | undefined): boolean | string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined) throw new ConfigError(`LINLI_TRUST_PROXY: "${wrong.slice(0, 60)}" is not true, false, an IP address, a CIDR or loopback/linklocal/uniquelocal.`);
  return entries;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || isIP(address) === 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
}

/** Refuses a session secret too short to resist guessing: tokens signed with it would be forgeable. */
export function assertStrongSecret(secret: string, name = 'LINLI_SESSION_SECRET'): void {
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_SECRET_BYTES) {
    throw new ConfigError(
      `${name} is ${bytes} bytes long; it must be at least ${MIN_SECRET_BYTES} bytes. ` +
        'Generate one with: openssl rand -hex 32 (or leave it unset to keep a generated one beside the database).',
    );
  }
}

export interface LogSettings {
  logger: { level: string; transport?: { target: string; options: Record<string, unknown> } };
  /** One line per request: only when debugging. */
  logRequests: boolean;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * LOG_LEVEL: quiet by default (`warn`: failures only); `debug` or `trace` add one pretty line per request
 * (pino-pretty when installed, JSON otherwise).
 */
export function logSettingsFrom(value: string | undefined, canPrettyPrint = hasPinoPretty()): LogSettings {
  const level = (value ?? '').trim().toLowerCase() || 'warn';
  if (!LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${level.slice(0, 20)}"`);
  const debugging = level === 'debug' || level === 'trace';
  const transport = debugging && canPrettyPrint ? { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } : undefined;
  return { logger: transport ? { level, transport } : { level }, logRequests: debugging };
}

function hasPinoPretty(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
