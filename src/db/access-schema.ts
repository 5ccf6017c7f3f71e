import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the access tables (migration 0012). */
export interface AccessTables {
  users: UserTable;
  api_keys: ApiKeyTable;
  sessions: SessionTable;
  sign_in_links: SignInLinkTable;
  sign_in_failures: SignInFailureTable;
  access_secrets: AccessSecretTable;
}

export interface UserTable {
  id: Generated<number>;
  login: string;
  name: string;
  role: string;
  active: Generated<boolean>;
  password_hash: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface ApiKeyTable {
  id: Generated<number>;
  prefix: string;
  secret_hash: string;
  name: string;
  role: string;
  on_behalf: Generated<boolean>;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  created_by: string;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  data: ColumnType<unknown, string, string>;
  created_at: Date;
  last_seen_at: Date;
}

export interface SignInLinkTable {
  token_hash: string;
  user_id: number;
  expires_at: Date;
  used_at: Date | null;
}

export interface SignInFailureTable {
  login_key: string;
  failures: number;
  first_at: Date;
  locked_until: Date | null;
}

export interface AccessSecretTable {
  name: string;
  value: string;
}
