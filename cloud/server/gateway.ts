// The local HTTP gateway in front of the `linli` function:
// 1. POST /api/:action verifies the bearer token, then hands { action, input: body } and the verified openid
//    to the dispatcher (the bundled function in `npm start`, the source dispatcher in tests);
// 2. POST /api/upload keeps one image through the Files port; GET /files/* serves it back;
// 3. dev login (development only) and the static H5 build;
// 4. every failure, from a malformed body to a crash, answers the envelope: never HTML, never a stack.
import { existsSync } from 'node:fs';
import { renderMessage } from '../../src/domain/messages';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import * as v from 'valibot';
import type { ActionErrorBody, Envelope, ErrorCode } from '../../src/domain/envelope';
import { fail, ok } from '../../src/domain/envelope';
import type { Dispatch } from '../dispatcher';
import type { DiskFiles } from '../adapters/local/diskFiles';
import { userIdFor } from '../handlers/actor';
import type { Files } from '../ports';
import { DEMO_USERS, type DemoUser } from '../seed/demo';
import { assertStrongSecret } from './config';
import { bearerToken, signSession, verifySession, type Session } from './session';

export interface GatewayFiles {
  save: Files['save'];
  urls: Files['urls'];
  read: DiskFiles['read'];
}

export interface GatewayOptions {
  dispatch: Dispatch;
  files: GatewayFiles;
  sessionSecret: string;
  /** Dev login exists only when true (NODE_ENV=development). */
  dev: boolean;
  /** The H5 build to serve at `/`, when it exists. */
  h5Dir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** One log line per request (Fastify's request logging); off unless debugging. */
  logRequests?: boolean;
  /** Requests per key (token subject, else IP) per window, on /api only. */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Largest JSON body, in bytes. */
  bodyLimit?: number;
  /** Largest upload, in bytes. */
  uploadLimit?: number;
  devUsers?: readonly DemoUser[];
  /** Which proxies' X-Forwarded-For to believe, so rate limits key on the real client (see config.ts). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Development only: moves the function's clock so a story can reach the day of a drive (POST /api/dev/clock). */
  setClockOffset?: (offsetMs: number) => void;
}

const DevClockInput = v.object({ at: v.pipe(v.number(), v.integer(), v.minValue(0)) });

const STATUS: Record<ErrorCode, number> = {
  UNKNOWN_ACTION: 404,
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  CONTENT_REJECTED: 422,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

/** An error envelope whose reason is a message key (the app renders it); the message is its Chinese text. */
const error = (code: ErrorCode, reason: string, extra: Pick<ActionErrorBody, 'fields' | 'params'> = {}) =>
  fail({ code, message: renderMessage(reason, 'zh', extra.params), reason, ...extra });

function send(reply: FastifyReply, envelope: Envelope<unknown>): FastifyReply {
  const status = envelope.ok ? 200 : STATUS[envelope.error.code] ?? 500;
  return reply.code(status).type('application/json; charset=utf-8').send(envelope);
}

/** An ActionError from any copy of the code (the bundle has its own class), recognised by shape. */
function actionErrorBody(thrown: unknown): ActionErrorBody | null {
  const candidate = thrown as { name?: unknown; toBody?: unknown } | null;
  if (candidate && candidate.name === 'ActionError' && typeof candidate.toBody === 'function') {
    const body = (candidate.toBody as () => ActionErrorBody)();
    if (typeof body?.code === 'string' && body.code in STATUS) return body;
  }
  return null;
}

/** Maps any failure Fastify or a plugin raises onto the envelope; unknown ones become INTERNAL. */
function envelopeForError(thrown: unknown): Envelope<never> {
  const known = actionErrorBody(thrown);
  if (known) return fail(known);
  const status = (thrown as { statusCode?: unknown } | null)?.statusCode;
  if (status === 429) return error('RATE_LIMITED', 'code.RATE_LIMITED');
  if (status === 413) return error('PAYLOAD_TOO_LARGE', 'gateway.tooLarge');
  if (status === 415 || status === 406) return error('INVALID_INPUT', 'gateway.unsupportedType', { fields: { body: 'gateway.unsupportedType' } });
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return error('INVALID_INPUT', 'gateway.malformedBody', { fields: { body: 'gateway.malformedBody' } });
  }
  return error('INTERNAL', 'code.INTERNAL');
}

/** The bytes of the `file` part, or the refusal when there is none or the body is cut off or malformed. */
async function uploadedBytes(req: FastifyRequest): Promise<Buffer | Envelope<never>> {
  try {
    const part = await req.file();
    if (!part || part.fieldname !== 'file') return error('INVALID_INPUT', 'gateway.pickImage', { fields: { file: 'gateway.pickImage' } });
    const bytes = await part.toBuffer();
    // The limit cuts the stream at its size; a cut file is refused whether or not the parser threw.
    if (part.file.truncated) return error('PAYLOAD_TOO_LARGE', 'gateway.tooLarge');
    return bytes;
  } catch (thrown) {
    // Limits carry their status (413); a truncated or boundary-less body is the client's fault, not ours.
    if (typeof (thrown as { statusCode?: unknown } | null)?.statusCode === 'number') throw thrown;
    return error('INVALID_INPUT', 'gateway.uploadCut', { fields: { file: 'gateway.uploadCut' } });
  }
}

/** Router failures (a bad percent-encoding, an over-long action name) reach this before any route. */
function frameworkError(thrown: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const envelope = thrown.code === 'FST_ERR_BAD_URL' ? error('INVALID_INPUT', 'gateway.badUrl', { fields: { url: 'gateway.badUrl' } }) : error('NOT_FOUND', 'gateway.noSuchRoute');
  void send(reply, envelope);
}

const DevLoginInput = v.union([v.object({ userKey: v.pipe(v.string(), v.maxLength(60)) }), v.object({ newVisitor: v.literal(true) })]);

export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const { dispatch, files, sessionSecret, dev } = options;
  assertStrongSecret(sessionSecret);
  const devUsers = options.devUsers ?? DEMO_USERS;
  const uploadLimit = options.uploadLimit ?? 5 * 1024 * 1024;
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    frameworkErrors: frameworkError,
    trustProxy: options.trustProxy ?? false,
  });

  // A token is verified once per request: the rate limiter and the route both ask.
  const sessions = new WeakMap<FastifyRequest, Session | 'invalid' | null>();
  const sessionOf = (req: FastifyRequest): Session | 'invalid' | null => {
    if (!sessions.has(req)) {
      const token = bearerToken(req.headers.authorization);
      sessions.set(req, token === null ? null : verifySession(token, sessionSecret) ?? 'invalid');
    }
    return sessions.get(req)!;
  };
  const unauthenticated = () => error('UNAUTHENTICATED', 'code.UNAUTHENTICATED');

  app.setErrorHandler((thrown, req, reply) => {
    const envelope = envelopeForError(thrown);
    if (!envelope.ok && envelope.error.code === 'INTERNAL') req.log.error({ err: thrown }, 'request failed');
    return send(reply, envelope);
  });
  app.setNotFoundHandler((_req, reply) => send(reply, error('NOT_FOUND', 'gateway.noSuchRoute')));

  await app.register(rateLimit, {
    global: true,
    max: options.rateLimit?.max ?? 300,
    timeWindow: options.rateLimit?.timeWindowMs ?? 60_000,
    // Keyed by the verified person, so one busy user cannot starve a household sharing an IP.
    keyGenerator: (req) => {
      const session = sessionOf(req);
      return session && session !== 'invalid' ? `user:${session.openid}` : `ip:${req.ip}`;
    },
    allowList: (req) => !req.url.startsWith('/api/'),
    errorResponseBuilder: (_req, context) => Object.assign(new Error('rate limited'), { statusCode: context.statusCode }),
  });
  await app.register(multipart, { limits: { fileSize: uploadLimit, files: 1, fields: 4, parts: 5 } });

  app.post('/api/upload', async (req, reply) => {
    const session = sessionOf(req);
    if (session === null || session === 'invalid') return send(reply, unauthenticated());
    if (!req.isMultipart()) return send(reply, error('INVALID_INPUT', 'gateway.multipartOnly', { fields: { file: 'gateway.multipartOnly' } }));
    const bytes = await uploadedBytes(req);
    if (!Buffer.isBuffer(bytes)) return send(reply, bytes);
    try {
      const stored = await files.save({ bytes, ownerId: userIdFor(session.openid) });
      const [url] = await files.urls([stored.fileId]);
      return send(reply, ok({ fileId: stored.fileId, url }));
    } catch (thrown) {
      const body = actionErrorBody(thrown);
      if (!body) throw thrown;
      return send(reply, fail(body));
    }
  });

  app.post<{ Params: { action: string } }>('/api/:action', async (req, reply) => {
    const session = sessionOf(req);
    if (session === 'invalid') return send(reply, unauthenticated());
    const envelope = await dispatch({ action: req.params.action, input: req.body ?? undefined }, session ? { openid: session.openid } : null);
    return send(reply, envelope);
  });

  app.get<{ Params: { '*': string }; Querystring: Record<string, unknown> }>('/files/*', async (req, reply) => {
    // Only an address a handler signed for someone allowed to see the photo, and not expired.
    const file = await files.read(req.params['*'], req.query ?? {});
    if (!file) return send(reply, error('NOT_FOUND', 'files.missing'));
    // Ids are content hashes, so a file never changes; nosniff keeps browsers from reinterpreting it.
    return reply
      .header('content-type', file.mime)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', file.cache === 'public' ? 'public, max-age=86400, immutable' : 'private, max-age=3600')
      .send(file.bytes);
  });

  if (dev) {
    app.get('/api/session/dev-users', async (_req, reply) =>
      send(reply, ok(devUsers.map(({ key, nickname, role, communityId, description }) => ({ key, nickname, role, communityId, description })))),
    );
    app.post('/api/session/dev-login', async (req, reply) => {
      const parsed = v.safeParse(DevLoginInput, req.body ?? {});
      if (!parsed.success) return send(reply, error('INVALID_INPUT', 'gateway.pickDemoPerson', { fields: { userKey: 'gateway.pickDemoPerson' } }));
      const input = parsed.output;
      const userKey = 'userKey' in input ? input.userKey : null;
      const known = userKey === null ? null : devUsers.find((user) => user.key === userKey);
      if (userKey !== null && !known) return send(reply, error('NOT_FOUND', 'gateway.noDemoPerson', { fields: { userKey: 'gateway.noDemoPerson' } }));
      const openid = known ? known.openid : `dev:${randomUUID()}`;
      const token = signSession(openid, sessionSecret);
      const expiresAt = (verifySession(token, sessionSecret)?.exp ?? 0) * 1000;
      return send(reply, ok({ token, openid, expiresAt, userKey: known?.key ?? null, nickname: known?.nickname ?? null }));
    });
    const setClockOffset = options.setClockOffset;
    if (setClockOffset) {
      app.post('/api/dev/clock', async (req, reply) => {
        const parsed = v.safeParse(DevClockInput, req.body ?? {});
        if (!parsed.success) return send(reply, error('INVALID_INPUT', '请给出时间', { fields: { at: 'required' } }));
        setClockOffset(parsed.output.at - Date.now());
        return send(reply, ok({ now: parsed.output.at }));
      });
    }
  }

  const h5Dir = options.h5Dir;
  if (h5Dir && existsSync(join(h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: h5Dir, prefix: '/', index: 'index.html' });
  } else {
    app.get('/', async (_req, reply) => send(reply, error('NOT_FOUND', 'gateway.noH5')));
  }

  return app;
}
