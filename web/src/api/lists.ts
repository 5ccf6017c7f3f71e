import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { allot, unwrap } from './client.js';

/** A list read page by page with the API's cursor (`{ items, nextCursor }`): the items so far and a way to read on. */
export function usePagedList<T>(key: readonly unknown[], page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const query = useInfiniteQuery({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => page(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** Every location (for the location pickers). */
export function useLocations() {
  return useQuery({
    queryKey: ['locations'],
    queryFn: () => unwrap(allot.GET('/v1/locations', { params: { query: { limit: 500 } } })),
    staleTime: 60_000,
  });
}
