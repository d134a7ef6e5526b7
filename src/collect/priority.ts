import { LISTING_ORDER, SAGEMAKER_LIST_OPERATIONS } from "./operations.js";

/**
 * How urgent a call is, in classes (the account-region bounds keep one per class) and, within them, ranks (the
 * global bound lets the lowest rank in first):
 * - Bootstrap: the calls that open accounts and regions — a few per account, and everything else waits for them.
 * - Critical: the long poles (see `Pacer.isLongPole`), and every list of an account-region that has one, as a big
 *   collection is the best sign of more.
 * - Discovery: the SageMaker lists that find the rest of the work, breadth first: every account-region's first
 *   list (in `LISTING_ORDER`, biggest collections first) before anyone's second, so the big collections of every
 *   account-region are found early instead of one account-region after another.
 * - Bulk: everything else.
 */
export enum CallClass {
  Bootstrap = "bootstrap",
  Critical = "critical",
  Discovery = "discovery",
  Bulk = "bulk",
}

export interface Urgency {
  callClass: CallClass;
  rank: number;
}

const LIST_RANK = new Map<string, number>(LISTING_ORDER.map((c, i) => [SAGEMAKER_LIST_OPERATIONS[c], 2 + i]));
export const RANKS = 3 + LISTING_ORDER.length;

/** One call per account (or a few, for the organization), from the caller's own scope: no slow start needed. */
export function isBootstrap(service: string, operation: string): boolean {
  return service === "sts" || service === "organizations" || operation === "DescribeRegions";
}

export function urgencyOf(
  service: string,
  operation: string,
  state: { longPole: boolean; hotScope: boolean },
): Urgency {
  if (isBootstrap(service, operation)) return { callClass: CallClass.Bootstrap, rank: 0 };
  const listRank = service === "sagemaker" ? LIST_RANK.get(operation) : undefined;
  if (state.longPole || (listRank !== undefined && state.hotScope)) return { callClass: CallClass.Critical, rank: 1 };
  if (listRank !== undefined) return { callClass: CallClass.Discovery, rank: listRank };
  return { callClass: CallClass.Bulk, rank: RANKS - 1 };
}
