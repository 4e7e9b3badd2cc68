// The ports handlers see. Each has a local adapter (adapters/local) and a WeChat adapter (adapters/wx).
import type { SubscribeTemplate } from '../../src/domain/notifications/actions';
import type { MessageParams } from '../../src/domain/common/messages';
import type { NoticeKindName } from '../../src/domain/messages';
import type { Store } from './store';

export type { Store } from './store';

export interface StoredFile {
  fileId: string;
  mime: string;
  size: number;
  ownerId: string;
}

export interface Files {
  /** Local only: keeps an uploaded file after sniffing its type and checking its size. On WeChat the client uploads. */
  save(input: { bytes: Buffer; ownerId: string }): Promise<StoredFile>;
  /** What is known of a file id, or null when it does not exist. */
  describe(fileId: string): Promise<StoredFile | null>;
  /**
   * Vouches for a file the caller says they uploaded: on WeChat the client uploads to cloud storage itself, so the
   * file is fetched, sniffed and recorded to them here; locally the gateway already recorded it. Refuses another's file.
   */
  register(input: { fileId: string; ownerId: string }): Promise<StoredFile>;
  /**
   * Addresses the client can display, in the order given, for people the handler decided may see them. 'public'
   * (default) may be cached by anyone on the way; 'private' (a photo awaiting its verdict, a hidden case) may not.
   */
  urls(fileIds: string[], options?: { cache?: 'public' | 'private' }): Promise<string[]>;
  /** Deletes uploads that no record took on and that are older than `before`; answers how many. */
  sweep(before: number): Promise<number>;
}

export type Verdict = 'pass' | 'reject' | 'pending';

export interface ContentCheck {
  checkText(text: string, context: { openid?: string }): Promise<Exclude<Verdict, 'pending'>>;
  /** Images may be judged later (WeChat mediaCheckAsync): 'pending' carries a trace id to match the verdict. */
  checkImage(fileId: string, context: { openid?: string }): Promise<{ verdict: Verdict; traceId?: string }>;
}

export interface Notice {
  userId: string;
  communityId: string;
  /** A notice kind of the domain (e.g. 'report.resolved'); also picks the subscription template on WeChat. */
  kind: NoticeKindName;
  /** Fill the kind's title and body, rendered in the reader's language when read. */
  params: MessageParams;
  /** In-app page path to open. */
  link?: string;
}

/** The platform's own channel beyond the inbox (the kit writes inbox documents itself, in the store). */
export interface Notifier {
  /** Sends a subscription message when the recipient has a consent left for the kind (WeChat); nothing locally. */
  push(notice: Notice): Promise<void>;
  /** Subscription-message templates a user may accept; none where notices stay in the inbox (local). */
  templates(): SubscribeTemplate[];
}

/** Server-only keys: never sent to a client, never stored beside the data they protect. */
export interface Secrets {
  /** The key that signs short-lived codes such as the check-in QR. */
  signingKey(): Promise<Buffer>;
}

export interface Clock {
  now(): number;
}

export interface Ports {
  store: Store;
  files: Files;
  contentCheck: ContentCheck;
  notifier: Notifier;
  clock: Clock;
  secrets: Secrets;
}
