import { ref } from '../../contract/common.js';
import { Problem } from '../../contract/problem.js';
import type { RefusalCode } from '../../domain/refusal.js';
import { problemKind } from '../problem.js';

// `handleError` answers these with a status of their own, whatever their category.
const ownStatus: Partial<Record<RefusalCode, { status: number; title: string }>> = {
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
};

const problem = ref(Problem);

/**
 * The problem+json answers a route may give, by status, each listing its codes: for the OpenAPI
 * document (and the serializer, which writes every problem with the `Problem` schema).
 */
export function problems(...codes: RefusalCode[]) {
  const byStatus = new Map<number, { title: string; codes: RefusalCode[] }>();
  for (const code of new Set(codes)) {
    const { status, title } = ownStatus[code] ?? problemKind(code);
    const entry = byStatus.get(status) ?? { title, codes: [] };
    entry.codes.push(code);
    byStatus.set(status, entry);
  }
  const responses: Record<number, { description: string; content: { 'application/problem+json': { schema: typeof problem } } }> = {};
  for (const [status, { title, codes: listed }] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = {
      description: `${title}: ${listed.map((c) => `\`${c}\``).join(', ')}`,
      content: { 'application/problem+json': { schema: problem } },
    };
  }
  return responses;
}

/**
 * The answers of every command besides its own refusals: a body that is not JSON or not sent as
 * JSON, a body, query or `Idempotency-Key` that fails validation, a key reused for another request.
 */
export const commandProblems = (...codes: RefusalCode[]) =>
  problems('malformed_json', 'unsupported_media_type', 'validation_failed', 'idempotency_key_reused', ...codes);

/** What a policy's SLA ladder may be refused for. */
export const slaLadderCodes: RefusalCode[] = ['sla_steps_out_of_order', 'sla_default_choice_missing', 'sla_default_without_ask', 'sla_choice_not_allowed', 'sla_cancel_not_last'];
