import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { allot, ApiProblem, rememberCsrfToken, unwrap, type Schema } from './client.js';

export type Session = Schema<'Session'>;
type Permission = Session['permissions'][number];

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: the session answer (identity, role, permissions), its CSRF token remembered. */
export function useSessionQuery() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const session = await unwrap(allot.GET('/v1/session'));
        rememberCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

/** Whether the signed-in person may do something: a button the API would refuse is not shown. */
export function useCan(permission: Permission): boolean {
  return useSession().permissions.includes(permission);
}

/** Signs out on every process, then shows the sign-in page. */
export function useSignOut() {
  const queries = useQueryClient();
  return async () => {
    await unwrap(allot.DELETE('/v1/session'));
    rememberCsrfToken(null);
    queries.clear();
    queries.setQueryData(['session'], null);
  };
}
