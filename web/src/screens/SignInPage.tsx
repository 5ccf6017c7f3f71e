import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { allot, rememberCsrfToken, unwrap } from '../api/client.js';
import { ProblemNotice } from '../components/ProblemNotice.js';

/** Sign in with login and password (the session cookie); the demo's one-time link lands signed in. */
export function SignInPage() {
  const queries = useQueryClient();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => unwrap(allot.POST('/v1/session', { body: { login, password } })),
    onSuccess: async (signedIn) => {
      rememberCsrfToken(signedIn.csrfToken);
      await queries.invalidateQueries({ queryKey: ['session'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <main className="sign-in">
      <form onSubmit={submit} className="sign-in-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Allot</h1>
        <p className="muted">The operator workbench: backorders, orders, items and jobs.</p>
        <label>
          Login
          <input name="login" autoComplete="username" required value={login} onChange={(event) => setLogin(event.target.value)} />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <ProblemNotice error={signIn.error} />
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
