import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Who may do what: people (users) who sign in, integrations (API keys), sessions kept in the
 * database (so a sign-out, a deactivation or a revocation holds on every process at once), one-time
 * sign-in links (the embedded demo), failed sign-ins per login (the lock-out), and the record log's
 * authenticated caller.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    create table users (
      id bigserial primary key,
      login text not null check (length(login) between 1 and 200),
      name text not null,
      role text not null check (role in ('viewer', 'operator', 'admin')),
      active boolean not null default true,
      -- argon2id (PHC string); null: no password sign-in (the demo admin signs in by link)
      password_hash text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create unique index users_login on users (lower(login));

    create table api_keys (
      id bigserial primary key,
      -- shown in full with the secret and in lists, so a leaked key can be found and revoked
      prefix text not null unique,
      -- SHA-256 of the random secret (hex): the secret is high-entropy, so a fast hash suffices
      secret_hash text not null,
      name text not null,
      role text not null check (role in ('viewer', 'operator', 'admin')),
      -- may name the person it acts for (X-Actor); only an admin creates keys, never a viewer key
      on_behalf boolean not null default false check (not on_behalf or role <> 'viewer'),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz not null,
      created_by text not null
    );

    create table sessions (
      -- SHA-256 of the session id the cookie carries: the table alone signs no one in
      id_hash text primary key,
      user_id bigint not null references users (id),
      data jsonb not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table sign_in_links (
      token_hash text primary key,
      user_id bigint not null references users (id),
      expires_at timestamptz not null,
      used_at timestamptz
    );

    -- Failed sign-ins per login, known or not (so a lock-out says nothing about who exists).
    create table sign_in_failures (
      login_key text primary key,
      failures integer not null,
      first_at timestamptz not null,
      locked_until timestamptz
    );

    -- Secrets the processes share (the session cookie's signing key), made at first start.
    create table access_secrets (
      name text primary key,
      value text not null
    );

    -- The authenticated caller of each entry; actor stays the name shown as "who".
    alter table record_log
      add column actor_kind text,
      add column actor_id bigint,
      add column actor_name text,
      add column on_behalf_of text;
  `,
  );
}
