// Rules answer named outcomes: `{ kind: 'ok' }` or a refusal whose kind says why, never a bare boolean.
export interface Ok {
  kind: 'ok';
}
export const OK: Ok = { kind: 'ok' };

/** The outcome of a rule that may refuse with one of the given refusals. */
export type Outcome<Refusal extends { kind: string }> = Ok | Refusal;

export const isOk = <R extends { kind: string }>(outcome: Outcome<R>): outcome is Ok => outcome.kind === 'ok';
