import { useQuery } from '@tanstack/react-query';
import { allot, unwrap } from './client.js';

/** The reads the screens share, one query key each (TanStack Query caches and refreshes them). */
export const keys = {
  summary: ['backorders', 'summary'] as const,
  jobs: ['jobs'] as const,
  order: (id: string) => ['order', id] as const,
  orderLog: (id: string) => ['order', id, 'log'] as const,
};

export function useBacklogSummary() {
  return useQuery({ queryKey: keys.summary, queryFn: () => unwrap(allot.GET('/v1/backorders/summary')) });
}

export function useJobs() {
  return useQuery({ queryKey: keys.jobs, queryFn: () => unwrap(allot.GET('/v1/jobs')) });
}
