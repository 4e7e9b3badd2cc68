// The gateway over real HTTP: whatever a client sends (garbage, forged tokens, huge bodies, floods, fake images),
// it answers the JSON envelope, never HTML or a stack trace, and keeps serving good requests afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { buildGateway, type GatewayOptions } from '../../cloud/server/gateway';
import { signSession } from '../../cloud/server/session';
import { userIdFor } from '../../cloud/handlers/actor';
import type { JoinRequest } from '../../src/domain/membership/types';
import { demoWorld, type DemoWorld } from '../support/demo-world';

const SECRET = 'gateway-test-secret-of-at-least-32-bytes';
const RATE_LIMIT = 40;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let world: DemoWorld;
const servers: FastifyInstance[] = [];

async function serve(overrides: Partial<GatewayOptions> = {}): Promise<string> {
  const app = await buildGateway({
    dispatch: world.dispatch,
    files: world.ports.files,
    sessionSecret: SECRET,
    dev: true,
    h5Dir: null,
    rateLimit: { max: RATE_LIMIT, timeWindowMs: 60_000 },
    ...overrides,
  });
  servers.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

let base: string;
beforeAll(async () => {
  world = await demoWorld();
  base = await serve();
});
afterAll(async () => {
  for (const app of servers) await app.close();
  await world.close();
});

const tokenOf = (openid: string) => signSession(openid, SECRET);

interface Answer {
  status: number;
  contentType: string;
  body: { ok: boolean; data?: unknown; error?: { code: string; message: string; fields?: Record<string, string> } };
  text: string;
}

async function request(path: string, init: RequestInit & { token?: string; at?: string } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(`${init.at ?? base}${path}`, { ...init, headers });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let body: Answer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${response.status} ${contentType}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, contentType, body, text };
}

const post = (action: string, input: unknown, options: { token?: string; at?: string } = {}) =>
  request(`/api/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input), ...options });

/** Every refusal is the envelope as JSON, without a trace of the server's insides. */
function expectRefusal(answer: Answer, code: string, status: number) {
  expect(answer.body).toMatchObject({ ok: false, error: { code } });
  expect(answer.status).toBe(status);
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(/<html|stack|node_modules|at [\w.<>]+ \(/i);
}

describe('the gateway refuses bad requests with the envelope', () => {
  it('answers INVALID_INPUT to malformed JSON', async () => {
    const answer = await request('/api/session.me', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nickname": ', token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'INVALID_INPUT', 400);
  });

  it('answers INVALID_INPUT with the field when a value has the wrong type', async () => {
    const answer = await post('profile.update', { nickname: 42 }, { token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'INVALID_INPUT', 400);
    expect(answer.body.error?.fields).toHaveProperty('nickname');
  });

  it('answers PAYLOAD_TOO_LARGE to an oversized body', async () => {
    const answer = await post('profile.update', { nickname: '王', avatarUrl: 'x'.repeat(400 * 1024) }, { token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'PAYLOAD_TOO_LARGE', 413);
  });

  it('answers UNKNOWN_ACTION to an action nobody declared', async () => {
    expectRefusal(await post('users.dropAll', {}, { token: tokenOf('demo:committee-chen') }), 'UNKNOWN_ACTION', 404);
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    expectRefusal(await post('session.me', {}), 'UNAUTHENTICATED', 401);
  });

  it('answers UNAUTHENTICATED to a token signed with another secret, even for a real person', async () => {
    const forged = signSession('demo:committee-chen', 'not-the-server-secret-but-as-long-as-it');
    expectRefusal(await post('membership.pendingRequests', {}, { token: forged }), 'UNAUTHENTICATED', 401);
  });

  it('answers UNAUTHENTICATED to an expired token and to an unsigned one', async () => {
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 60 }, SECRET, { algorithm: 'HS256', subject: 'demo:committee-chen' });
    expectRefusal(await post('session.me', {}, { token: expired }), 'UNAUTHENTICATED', 401);
    const unsigned = jwt.sign({ sub: 'demo:committee-chen' }, '', { algorithm: 'none' });
    expectRefusal(await post('session.me', {}, { token: unsigned }), 'UNAUTHENTICATED', 401);
  });

  it('answers NOT_FOUND when a committee names another community’s request', async () => {
    const [waiting] = await world.ports.store.find<JoinRequest>('joinRequests', { communityId: 'c-xingfuli', status: 'pending' });
    const answer = await post('membership.decide', { requestId: waiting.id, decision: 'approve' }, { token: tokenOf('demo:heping-committee') });
    expectRefusal(answer, 'NOT_FOUND', 404);
    expect((await world.ports.store.get<JoinRequest>('joinRequests', waiting.id))?.status).toBe('pending');
  });

  it('answers INTERNAL without details when the function behind it crashes', async () => {
    const crashing = await serve({
      dispatch: async () => {
        throw new Error('ECONNRESET /srv/linli/secret.db');
      },
    });
    const answer = await post('session.me', {}, { token: tokenOf('demo:resident-wang'), at: crashing });
    expectRefusal(answer, 'INTERNAL', 500);
    expect(answer.text).not.toMatch(/ECONNRESET|secret/);
  });

  it('does not echo a huge value back inside the fields', async () => {
    const huge = 'x'.repeat(200 * 1024);
    const answer = await post('privacy.consent', { version: huge }, { token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'INVALID_INPUT', 400);
    expect(answer.body.error?.fields).toEqual({ version: 'field.invalid' });
    expect(answer.text).not.toContain('xxxxxxxx');
    expect(answer.text.length).toBeLessThan(500);
  });

  it('does not echo a wrong-typed value back either', async () => {
    const answer = await post('reports.publicList', { status: 'echo-me-back' }, { token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'INVALID_INPUT', 400);
    expect(answer.text).not.toContain('echo-me-back');
  });

  it('answers NOT_FOUND to an action name longer than the router takes', async () => {
    expectRefusal(await post('reports.'.padEnd(150, 'x'), {}, { token: tokenOf('demo:resident-wang') }), 'NOT_FOUND', 404);
  });

  it('answers INVALID_INPUT to a path that is not valid percent-encoding', async () => {
    expectRefusal(await request('/%ff'), 'INVALID_INPUT', 400);
    expectRefusal(await request('/api/%ff', { method: 'POST' }), 'INVALID_INPUT', 400);
  });

  it('answers NOT_FOUND as JSON for a route that does not exist', async () => {
    expectRefusal(await request('/api/no/such/thing', { method: 'DELETE' }), 'NOT_FOUND', 404);
  });
});

describe('uploads', () => {
  const upload = (bytes: Buffer, name: string, options: { token?: string; at?: string } = {}) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return request('/api/upload', { method: 'POST', body: form, ...options });
  };

  it('refuses a file that is not an image, whatever its name says', async () => {
    const answer = await upload(Buffer.from('#!/bin/sh\nrm -rf /\n'), 'photo.jpg', { token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'INVALID_INPUT', 400);
  });

  it('refuses an image over 5 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1)]);
    expectRefusal(await upload(big, 'big.png', { token: tokenOf('demo:resident-wang') }), 'PAYLOAD_TOO_LARGE', 413);
  });

  it('refuses a multipart body cut off in the middle of the file', async () => {
    const truncated = '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n' + PNG.toString('latin1');
    const answer = await request('/api/upload', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=cut' },
      body: Buffer.from(truncated, 'latin1'),
      token: tokenOf('demo:resident-wang'),
    });
    expectRefusal(answer, 'INVALID_INPUT', 400);
  });

  it('refuses a multipart body without a boundary', async () => {
    const answer = await request('/api/upload', { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'file', token: tokenOf('demo:resident-wang') });
    expectRefusal(answer, 'INVALID_INPUT', 400);
  });

  it('refuses an upload without a session', async () => {
    expectRefusal(await upload(PNG, 'a.png'), 'UNAUTHENTICATED', 401);
  });

  it('keeps a real image and serves it back by its url', async () => {
    const answer = await upload(PNG, 'dot.png', { token: tokenOf('demo:resident-wang') });
    expect(answer.body.ok).toBe(true);
    const { fileId, url } = answer.body.data as { fileId: string; url: string };
    expect(await world.ports.files.describe(fileId)).toMatchObject({ mime: 'image/png', ownerId: userIdFor('demo:resident-wang') });
    const served = await fetch(`${base}${url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    // Re-encoded without metadata (gateway-photos.test.ts), so the pixels, not the bytes, come back.
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 });
  });

  it('serves a photo only at the signed address a handler gave out, cacheable only when public', async () => {
    const answer = await upload(PNG, 'dot.png', { token: tokenOf('demo:resident-wang') });
    const { fileId, url } = answer.body.data as { fileId: string; url: string };
    expectRefusal(await request(`/files/${fileId}`), 'NOT_FOUND', 404);
    expectRefusal(await request(url.replace(/s=[^&]+/, 's=AAAAAAAAAAAAAAAAAAAAAA')), 'NOT_FOUND', 404);
    expect((await fetch(`${base}${url}`)).headers.get('cache-control')).toMatch(/^public/);
    const [privately] = await world.ports.files.urls([fileId], { cache: 'private' });
    expect((await fetch(`${base}${privately}`)).headers.get('cache-control')).toMatch(/^private/);
  });

  it('answers NOT_FOUND for a file that does not exist', async () => {
    expectRefusal(await request('/files/local/0123456789abcdef.png'), 'NOT_FOUND', 404);
  });
});

describe('dev login', () => {
  it('lists the demo people and signs in as one of them in development', async () => {
    const users = await request('/api/session/dev-users');
    expect(users.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'committee-chen', role: 'committee' })]));
    const login = await request('/api/session/dev-login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userKey: 'committee-chen' }) });
    const { token } = login.body.data as { token: string };
    const me = await post('session.me', {}, { token });
    expect(me.body).toMatchObject({ ok: true, data: { membership: { role: 'committee', communityId: 'c-xingfuli' } } });
  });

  it('signs in a brand-new visitor with no community', async () => {
    const login = await request('/api/session/dev-login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ newVisitor: true }) });
    const me = await post('session.me', {}, { token: (login.body.data as { token: string }).token });
    expect(me.body).toMatchObject({ ok: true, data: { membership: null } });
  });

  it('does not exist outside development', async () => {
    const production = await serve({ dev: false });
    expectRefusal(await request('/api/session/dev-users', { at: production }), 'NOT_FOUND', 404);
    const login = await request('/api/session/dev-login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userKey: 'committee-chen' }), at: production });
    expectRefusal(login, 'NOT_FOUND', 404);
  });
});

describe('the dev clock', () => {
  const json = { 'content-type': 'application/json' };

  it('moves the clock of a development gateway to the time asked, and exists nowhere else', async () => {
    const offsets: number[] = [];
    const dev = await serve({ setClockOffset: (offset) => void offsets.push(offset) });
    const at = Date.parse('2026-11-28T09:05:00+08:00');
    const moved = await request('/api/dev/clock', { method: 'POST', headers: json, body: JSON.stringify({ at }), at: dev });
    expect(moved.body).toEqual({ ok: true, data: { now: at } });
    expect(Math.abs(Date.now() + offsets[0]! - at)).toBeLessThan(5_000);
    expectRefusal(await request('/api/dev/clock', { method: 'POST', headers: json, body: JSON.stringify({ at: 'soon' }), at: dev }), 'INVALID_INPUT', 400);

    const production = await serve({ dev: false, setClockOffset: (offset) => void offsets.push(offset) });
    expectRefusal(await request('/api/dev/clock', { method: 'POST', headers: json, body: JSON.stringify({ at }), at: production }), 'NOT_FOUND', 404);
    expect(offsets).toHaveLength(1);
  });
});

describe('the H5 app', () => {
  it('is served at / when built, while unknown API paths still answer the JSON envelope', async () => {
    const h5Dir = mkdtempSync(join(tmpdir(), 'linli-h5-'));
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>邻里共治</title>');
    try {
      const site = await serve({ h5Dir });
      const page = await fetch(`${site}/`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('邻里共治');
      expectRefusal(await request('/api/session/nothing-here', { at: site }), 'NOT_FOUND', 404);
    } finally {
      rmSync(h5Dir, { recursive: true, force: true });
    }
  });
});

describe('rate limiting', () => {
  it('answers RATE_LIMITED to one person flooding the API', async () => {
    const token = tokenOf('dev:flooder');
    const answers = await Promise.all(Array.from({ length: RATE_LIMIT + 10 }, () => post('session.me', {}, { token })));
    const limited = answers.filter((answer) => answer.body.error?.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThanOrEqual(10);
    expectRefusal(limited[0], 'RATE_LIMITED', 429);
  });
});

describe('after all of that', () => {
  it('still answers a good request', async () => {
    const answer = await post('households.list', { communityId: 'c-xingfuli' }, { token: tokenOf('demo:resident-li') });
    expect(answer.status).toBe(200);
    expect(answer.body.ok).toBe(true);
    expect((answer.body.data as unknown[]).length).toBe(8);
  });
});
