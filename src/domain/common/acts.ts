// Verified good deeds, whatever feature saw them: a report the reporter confirmed fixed, a care log staff verified,
// volunteer hours an organiser confirmed. Features record them; walls (e.g. a pledge's 践诺) read them.
import type { MessageParams } from './messages';

/** Each kind renders as the message `act.<kind>` of its feature's table (e.g. 'act.report.confirmed'). */
export type ActKind = string;

export interface ActView {
  kind: ActKind;
  params: MessageParams;
  at: number;
  /** The doer's name where they chose to be named, else null (shown as 签署人). */
  name: string | null;
  /** Whether the name is a person's, a household's ("{name}家") or a shop's. */
  as: 'person' | 'household' | 'shop' | null;
  link?: string;
}

export const actMessageKey = (kind: ActKind): string => `act.${kind}`;
