import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

/** A page of a list as the API answers it: `nextCursor` pages on, null at the end. */
export interface Page<Row> {
  readonly items: readonly Row[];
  readonly nextCursor: string | null;
}

/** Every page of a list read so far (the API's `limit` and `cursor`), the next on demand. */
export function usePagedList<Row>(queryKey: readonly unknown[], page: (cursor: string | undefined) => Promise<Page<Row>>) {
  const pages = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => page(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = useMemo(() => pages.data?.pages.flatMap((p) => p.items) ?? [], [pages.data]);
  return { rows, error: pages.error, isPending: pages.isPending, hasMore: pages.hasNextPage, loadingMore: pages.isFetchingNextPage, loadMore: () => void pages.fetchNextPage() };
}

/** "Load more" under a list with more pages: how many are shown, and a button for the next page. */
export function LoadMore({ list, plural }: { list: ReturnType<typeof usePagedList<unknown>>; plural: string }) {
  if (!list.hasMore) return null;
  return (
    <p className="table-more">
      <span className="muted">
        {list.rows.length} {plural} shown
      </span>{' '}
      <button type="button" className="secondary" disabled={list.loadingMore} onClick={list.loadMore}>
        {list.loadingMore ? 'Loading…' : `Load more ${plural}`}
      </button>
    </p>
  );
}
