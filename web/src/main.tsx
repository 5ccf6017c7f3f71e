import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProblem } from './api/client.js';
import { SessionProvider, useSessionQuery } from './api/session.js';
import { AppShell } from './components/AppShell.js';
import { ProblemNotice } from './components/ProblemNotice.js';
import { Screen } from './screens/Screen.js';
import { SignInPage } from './screens/SignInPage.js';
import './styles.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (404, 403, 422) is an answer, not a failure to retry.
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
// A session that ended (idle, signed out elsewhere) shows the sign-in page again.
queries.getQueryCache().subscribe((event) => {
  if (event.type === 'updated' && event.query.state.error instanceof ApiProblem && event.query.state.error.status === 401) {
    void queries.invalidateQueries({ queryKey: ['session'] });
  }
});

function Workbench() {
  const session = useSessionQuery();
  if (session.isPending) return <p className="loading">Loading…</p>;
  if (session.error) return <ProblemNotice error={session.error} />;
  if (!session.data) return <SignInPage />;
  return (
    <SessionProvider session={session.data}>
      <AppShell>
        <Screen />
      </AppShell>
    </SessionProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <Workbench />
    </QueryClientProvider>
  </StrictMode>,
);
