// A state machine as data: which moves exist, from which states, to which state. Reports and join requests,
// topics, drives and adoptions all declare theirs with it; a move outside the table is refused by name.
export interface MoveRule<S extends string> {
  from: readonly S[];
  to: S;
}

export type MachineMove<S extends string, M extends string> =
  | { kind: 'ok'; to: S }
  | { kind: 'invalid_transition'; from: S; move: M };

export interface Machine<S extends string, M extends string> {
  readonly moves: Readonly<Record<M, MoveRule<S>>>;
  /** Where `which` leads from `from`, or why it cannot be made. */
  move(from: S, which: M): MachineMove<S, M>;
  /** The moves that can be made from a state, for a view's buttons. */
  movesFrom(from: S): M[];
}

export function defineMachine<S extends string, M extends string>(moves: Record<M, MoveRule<S>>): Machine<S, M> {
  const names = Object.keys(moves) as M[];
  return {
    moves,
    move(from, which) {
      const rule = moves[which];
      return rule.from.includes(from) ? { kind: 'ok', to: rule.to } : { kind: 'invalid_transition', from, move: which };
    },
    movesFrom: (from) => names.filter((name) => moves[name].from.includes(from)),
  };
}
