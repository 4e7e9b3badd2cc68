// The typed client transport for every action in the catalogue:
// 1. WeChat: one cloud function `linli`, called with { action, input }; WeChat supplies the caller's identity.
// 2. H5: POST `${LINLI_API_BASE}/api/<action>` with the JSON input and the session token as a Bearer header.
// 3. Both resolve the action's envelope; a transport failure becomes an INTERNAL envelope, never a throw.
import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput } from '@/domain/actions';
import type { ActionErrorBody, Envelope } from '@/domain/envelope';
import { isWeapp } from './platform';
import { getToken, setToken } from './token';

export const API_BASE: string = process.env.LINLI_API_BASE ?? '';

export const NETWORK_ERROR: ActionErrorBody = { code: 'INTERNAL', message: '网络异常，请检查网络后重试', reason: 'common.network' };

type InputArgs<A extends ActionName> = undefined extends ActionInput<A> ? [input?: ActionInput<A>] : [input: ActionInput<A>];

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

const networkFailure = (): Envelope<never> => ({ ok: false, error: NETWORK_ERROR });

async function viaCloud(action: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const res = await Taro.cloud.callFunction({ name: 'linli', data: { action, input } });
    return isEnvelope(res.result) ? res.result : networkFailure();
  } catch {
    return networkFailure();
  }
}

async function viaHttp(action: string, input: unknown): Promise<Envelope<unknown>> {
  const token = getToken();
  let body: unknown;
  try {
    const res = await fetch(`${API_BASE}/api/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    body = await res.json();
  } catch {
    return networkFailure();
  }
  if (!isEnvelope(body)) return networkFailure();
  // An expired or forged token: forget it so the app asks the person to sign in again.
  if (!body.ok && body.error.code === 'UNAUTHENTICATED' && token) setToken(null);
  return body;
}

export async function call<A extends ActionName>(action: A, ...[input]: InputArgs<A>): Promise<Envelope<ActionOutput<A>>> {
  const payload = input ?? {};
  const envelope = isWeapp() ? await viaCloud(action, payload) : await viaHttp(action, payload);
  return envelope as Envelope<ActionOutput<A>>;
}
