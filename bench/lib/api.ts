/** Where requests go, with the headers that authenticate them. */
export interface ApiTarget {
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Small JSON helpers for setting a benchmark's data up through the API. */
export async function api<T = unknown>(target: ApiTarget, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${target.url}${path}`, {
    method,
    headers: body === undefined ? { ...target.headers } : { 'content-type': 'application/json', ...target.headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}
