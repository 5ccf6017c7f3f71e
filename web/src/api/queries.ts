import { useQuery } from '@tanstack/react-query';
import { allot, unwrap } from './client.js';

/** The reads the screens share, one query key each (TanStack Query caches and refreshes them). */
export const keys = {
  summary: ['backorders', 'summary'] as const,
  today: ['backorders', 'today'] as const,
  history: (from: string | undefined) => ['backorders', 'history', from ?? 'default'] as const,
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

export function useBacklogToday() {
  return useQuery({ queryKey: keys.today, queryFn: () => unwrap(allot.GET('/v1/backorders/today')) });
}

/** The backlog at the end of each day, the last 30 days by default (or from `from`). */
export function useBacklogHistory(from: string | undefined) {
  return useQuery({ queryKey: keys.history(from), queryFn: () => unwrap(allot.GET('/v1/backorders/history', { params: { query: from ? { from } : {} } })) });
}
