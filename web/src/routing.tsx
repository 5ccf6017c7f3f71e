import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * Each screen keeps its state in the URL (path and query), so a view can be bookmarked and shared;
 * the browser's back and forward buttons move between views.
 */
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};
const current = () => window.location.pathname + window.location.search;

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === current()) return;
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', href);
  for (const listener of listeners) listener();
}

export interface Place {
  readonly path: string;
  readonly query: URLSearchParams;
}

export function usePlace(): Place {
  const href = useSyncExternalStore(subscribe, current);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/** The query of the current URL, and a way to change some of its parameters (empty removes one). */
export function useQueryState(): [URLSearchParams, (changes: Record<string, string | undefined>) => void] {
  const { path, query } = usePlace();
  const change = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(name);
      else next.set(name, value);
    }
    const search = next.toString();
    navigate(search ? `${path}?${search}` : path, { replace: true });
  };
  return [query, change];
}

/** A link within the workbench: no page load, unless opened in a new tab. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
