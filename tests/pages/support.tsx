// A fake gateway behind the real H5 transport: each test declares how actions answer and reads what was sent.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { abilitiesOf } from '@/domain/abilities';
import Taro from '@tarojs/taro';
import type { Envelope } from '@/domain/envelope';
import type { SessionView } from '@/domain/membership/types';
import { declinePrivacy } from '@/services/privacy';
import { resetSession, setToken } from '@/services/session';
import { setLocale } from '@/services/i18n';
import { setElder } from '@/services/elder';
import { forgetTemplates } from '@/services/subscribe';
import { CONSENT_VERSION } from '@/domain/membership/schemas';

export type Handler = (input: Record<string, unknown>) => Envelope<unknown>;

export interface FakeServer {
  /** Inputs the app sent, per action, in order. */
  calls: (action: string) => Array<Record<string, unknown>>;
  on: (action: string, handler: Handler) => void;
}

export const ok = <T,>(data: T): Envelope<T> => ({ ok: true, data });

export function fakeServer(handlers: Record<string, Handler>): FakeServer {
  const table = { ...handlers };
  const sent: Array<{ action: string; input: Record<string, unknown> }> = [];
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const action = String(url).replace(/^.*\/api\//, '');
    const input = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    sent.push({ action, input });
    const handler = table[action];
    const envelope: Envelope<unknown> = handler
      ? handler(input)
      : { ok: false, error: { code: 'UNKNOWN_ACTION', message: `no fake for ${action}` } };
    return { ok: envelope.ok, status: envelope.ok ? 200 : 400, json: async () => envelope } as Response;
  }) as typeof fetch;
  return {
    calls: (action) => sent.filter((call) => call.action === action).map((call) => call.input),
    on: (action, handler) => {
      table[action] = handler;
    },
  };
}

/** A fresh device with a session token, Chinese UI, normal type, and nothing cached. */
export function freshDevice(): void {
  resetSession();
  declinePrivacy();
  setLocale('zh-CN');
  setElder(false);
  setToken('test-token');
  forgetTemplates();
}

/** Runs the WeChat build's code paths for this test; its cloud calls reach the fake server all the same. */
export function onWeapp(): void {
  process.env.TARO_ENV = 'weapp';
  (Taro.cloud.callFunction as jest.Mock).mockImplementation(async ({ data }: { data: { action: string; input: unknown } }) => {
    const res = await fetch(`/api/${data.action}`, { method: 'POST', body: JSON.stringify(data.input) });
    return { result: await res.json() };
  });
}

/** A signed-in member; `can` is what the server derives from the role, unless a test says otherwise. */
export const resident = (overrides: Partial<SessionView> = {}): SessionView => {
  const view: Omit<SessionView, 'can'> = {
    user: { id: 'u_1', nickname: '王阿姨', avatarUrl: '', consentVersion: CONSENT_VERSION },
    membership: {
      communityId: 'c-xingfuli',
      communityName: '幸福里社区',
      role: 'resident',
      householdId: 'h-3-2-501',
      householdLabel: '3栋2单元501',
    },
    pendingRequest: null,
    ...overrides,
  };
  return { ...view, can: overrides.can ?? abilitiesOf(view.membership?.role ?? 'guest') };
};

export const newcomer = (overrides: Partial<SessionView['user']> = {}): SessionView => ({
  user: { id: 'u_new', nickname: '小何', avatarUrl: '', consentVersion: CONSENT_VERSION, ...overrides },
  membership: null,
  pendingRequest: null,
  can: abilitiesOf('guest'),
});

/** Types into a Taro Input / Textarea found by its aria-label (the real field renders inside the host). */
export async function typeInto(label: string, value: string): Promise<void> {
  const host = await screen.findByLabelText(label);
  const field = await waitFor(() => {
    const inner = host.querySelector('input, textarea');
    if (!inner) throw new Error(`no field rendered inside ${label}`);
    return inner;
  });
  fireEvent.input(field, { target: { value } });
}

/** Types into the n-th textarea on screen (NutUI TextArea carries no label of its own). */
export async function typeIntoTextArea(value: string, index = 0): Promise<void> {
  const field = await waitFor(() => {
    const found = document.querySelectorAll('textarea')[index];
    if (!found) throw new Error('no textarea rendered');
    return found;
  });
  fireEvent.input(field, { target: { value } });
}

/** Taps an element, or the last one showing this text (sheets render after the page). */
export const press = (target: string | RegExp | HTMLElement): void => {
  if (target instanceof HTMLElement) {
    fireEvent.click(target);
    return;
  }
  const matches = screen.getAllByText(target);
  fireEvent.click(matches[matches.length - 1]);
};
