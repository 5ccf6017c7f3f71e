import { backordered, type LineQuantities } from '../allocation/line-quantities.js';
import type { Refusal, RefusalCode } from '../refusal.js';

/** An order line as the release rules see it. */
export interface ReleaseLine extends LineQuantities {
  readonly lineNo: number;
  readonly unitPrice: number;
  readonly preventPartialDelivery: boolean;
  /** Services hold no stock: never released, never checked (docs/domain.md#release-matrix). */
  readonly service: boolean;
}

/** The order at the moment of a release: its lines and how many releases are already in force. */
export interface ReleaseCandidate {
  /** Releases made before this one and not voided: 0 means this is the first release. */
  readonly releasesMade: number;
  readonly lines: readonly ReleaseLine[];
}

export interface LineRelease {
  readonly lineNo: number;
  readonly quantity: number;
}

export interface Shortage {
  readonly lineNo: number;
  readonly units: number;
}

/** A refusal of a release rule; `waitingFor` says what the order lacks when it is about missing stock. */
export interface ReleaseRefusal extends Refusal {
  readonly waitingFor?: readonly Shortage[];
}

export type ReleaseRefusalCode = RefusalCode;

/** What a backorder strategy allows now: lines to release (and lines held back), or a refusal. */
export type RuleOutcome =
  | { readonly kind: 'release'; readonly release: readonly LineRelease[]; readonly heldBack: readonly Shortage[] }
  | ReleaseRefusal;

/** Allocated stock not yet sent to the warehouse. */
export const unreleased = (line: ReleaseLine) => line.allocated - line.released;

export const stocked = (lines: readonly ReleaseLine[]) => lines.filter((l) => !l.service);

/** Stocked lines that still lack stock, with what each lacks. */
export function shortages(lines: readonly ReleaseLine[]): Shortage[] {
  return stocked(lines)
    .filter((l) => backordered(l) > 0)
    .map((l) => ({ lineNo: l.lineNo, units: backordered(l) }));
}

/** "5 units on line 1 and 2 units on line 3". */
export function describeShortages(short: readonly Shortage[]): string {
  const parts = short.map((s) => `${s.units} unit${s.units === 1 ? '' : 's'} on line ${s.lineNo}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export const refusal = (code: ReleaseRefusalCode, detail: string, waitingFor?: readonly Shortage[]): ReleaseRefusal =>
  waitingFor ? { kind: 'refused', code, detail, waitingFor } : { kind: 'refused', code, detail };

/** What a rule releases when it lets the order go. */
export const releasing = (release: readonly LineRelease[], heldBack: readonly Shortage[]): RuleOutcome => ({ kind: 'release', release, heldBack });
