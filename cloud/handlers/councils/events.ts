// A topic's timeline, like a 随手拍 case's: every status change is the kit's persisted move (record + event in one
// conditional transaction); events that change no status are written the same way, conditional on the status read.
import { msg, type MessageParams } from '../../../src/domain/common/messages';
import { TOPIC_MACHINE, type TopicMove } from '../../../src/domain/councils/machine';
import type { Topic, TopicEvent, TopicEventKind, TopicStatus } from '../../../src/domain/councils/types';
import type { Actor } from '../../../src/domain/roles';
import { eventId, persistMove } from '../../kit/moves';
import type { StoreTx } from '../../ports/store';
import type { HandlerContext } from '../context';
import { ActionError, conflict } from '../errors';
import { newId } from '../../kit/ids';

export const newTopicId = (): string => newId('t');

export const roleOf = (actor: Pick<Actor, 'role'> | null): TopicEvent['actorRole'] =>
  actor === null ? 'system' : actor.role === 'guest' ? 'resident' : actor.role;

export function topicEvent(topicId: string, kind: TopicEventKind, status: TopicStatus, actor: Pick<Actor, 'role'> | null, at: number, note?: string): TopicEvent {
  const event: TopicEvent = { id: eventId(topicId, at), topicId, kind, status, actorRole: roleOf(actor), at };
  if (note) event.note = note;
  return event;
}

export interface TopicMoveOptions {
  kind: TopicEventKind;
  patch?: Record<string, unknown>;
  where?: Record<string, string | number | boolean | null>;
  note?: string;
  alongside?: (tx: StoreTx) => Promise<Record<string, unknown> | void>;
}

const reasonOf = (error: unknown): string | null => (error instanceof ActionError ? error.reason : null);

/** A move of the topic machine; refuses invalid moves and lost races with CONFLICT in the topic's words. */
export async function moveTopic(ctx: Pick<HandlerContext, 'store' | 'clock' | 'actor'>, topic: Topic, move: TopicMove, options: TopicMoveOptions): Promise<Topic> {
  try {
    return await persistMove(ctx, {
      collection: 'topics',
      machine: TOPIC_MACHINE,
      record: topic,
      move,
      patch: options.patch,
      where: options.where,
      alongside: options.alongside,
      event: { collection: 'topicEvents', build: (_id, to, at) => topicEvent(topic.id, options.kind, to, ctx.actor, at, options.note) },
    });
  } catch (error) {
    if (reasonOf(error) === 'common.invalidTransition') throw conflict('council.invalidTransition', { status: `@topicStatus.${topic.status}` });
    if (reasonOf(error) === 'common.stale') throw conflict('council.stale');
    throw error;
  }
}

/** An event that changes no status (a meeting, minutes), with its patch, conditional on the status read. */
export async function recordTopicEvent(
  ctx: Pick<HandlerContext, 'store' | 'clock' | 'actor'>,
  topic: Topic,
  kind: TopicEventKind,
  options: { patch?: Record<string, unknown>; note?: string; alongside?: (tx: StoreTx) => Promise<void> },
): Promise<Topic> {
  const now = ctx.clock.now();
  const patch = { ...options.patch, updatedAt: now };
  await ctx.store.transaction(async (tx) => {
    await options.alongside?.(tx);
    if (!(await tx.update('topics', topic.id, patch, { status: topic.status }))) throw conflict('council.stale');
    await tx.insert('topicEvents', topicEvent(topic.id, kind, topic.status, ctx.actor, now, options.note));
  });
  return { ...topic, ...patch } as Topic;
}

/** A note of the system, rendered in the reader's language: `@key?params`. */
export const systemNote = (key: string, params: MessageParams): string => `@${msg(key, params)}`;
