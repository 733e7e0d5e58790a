/**
 * The one way to walk a condition: a handler for each kind. A visitor that misses a kind does not compile, so a new
 * kind of condition is handled everywhere (the engine, the explorer, the checker, the gamebook) or nowhere.
 */
import type { Condition } from './schema';

export type ConditionKind = Condition['kind'];
export type ConditionOf<K extends ConditionKind> = Extract<Condition, { kind: K }>;
export type ConditionVisitor<T> = { [K in ConditionKind]: (condition: ConditionOf<K>) => T };

export function visitCondition<T>(condition: Condition, visitor: ConditionVisitor<T>): T {
  return (visitor[condition.kind] as (condition: Condition) => T)(condition);
}
