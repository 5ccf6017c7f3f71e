/**
 * Queue order (docs/domain.md#queue-order): higher order priority first, then earlier entry,
 * then line number. Deterministic: no two lines share a rank.
 */
export interface QueueRank {
  readonly priority: number;
  readonly entrySeq: number;
  readonly lineNo: number;
}

/** Negative when `a` is served before `b`, positive when after, zero for the same line. */
export function compareRank(a: QueueRank, b: QueueRank): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.entrySeq !== b.entrySeq) return a.entrySeq - b.entrySeq;
  return a.lineNo - b.lineNo;
}

export function ranksAhead(a: QueueRank, b: QueueRank): boolean {
  return compareRank(a, b) < 0;
}
