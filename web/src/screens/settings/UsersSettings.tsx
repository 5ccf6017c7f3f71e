import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { MasterDataTab } from './MasterDataTab.js';
import { optionalText, type Field, type Values } from './settings-form.js';

type User = Schema<'User'>;
type Role = Schema<'Role'>;

const roles: readonly Role[] = ['viewer', 'operator', 'admin'];
const fields: readonly Field[] = [
  { name: 'login', label: 'Login (e-mail)', required: true, createOnly: true },
  { name: 'name', label: 'Name', required: true },
  { name: 'role', label: 'Role', kind: 'select', options: roles },
  { name: 'password', label: 'Password', kind: 'password', hint: 'Empty: unchanged (a new person signs in by one-time links)' },
  { name: 'active', label: 'Active', kind: 'checkbox', editOnly: true, hint: 'Off: their sessions end at once' },
];

const valuesOf = (user?: User): Values => ({ login: user?.login ?? '', name: user?.name ?? '', role: user?.role ?? 'viewer', password: '', active: user?.active ?? true });

const matches = (user: User, q: string | undefined) => !q || `${user.login} ${user.name}`.toLowerCase().includes(q.toLowerCase());

/** People who sign in (admins only): add, change role, deactivate. */
export function UsersSettings() {
  return (
    <MasterDataTab<User>
      noun="user"
      plural="users"
      canWrite={useCan('users.manage')}
      list={async (q, cursor) => {
        const page = await unwrap(allot.GET('/v1/users', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));
        return { items: page.items.filter((user) => matches(user, q)), nextCursor: page.nextCursor };
      }}
      keyOf={(user) => user.login}
      columns={[
        { id: 'login', header: 'Login', cell: (user) => user.login },
        { id: 'name', header: 'Name', cell: (user) => user.name },
        { id: 'role', header: 'Role', cell: (user) => user.role },
        { id: 'active', header: 'Active', cell: (user) => (user.active ? 'Yes' : 'No') },
      ]}
      fields={fields}
      valuesOf={valuesOf}
      create={(values) =>
        unwrap(
          allot.POST('/v1/users', {
            body: { login: optionalText(values, 'login') ?? '', name: optionalText(values, 'name') ?? '', role: values.role as Role, password: optionalText(values, 'password') },
          }),
        )
      }
      update={(user, values) =>
        unwrap(
          allot.PATCH('/v1/users/{id}', {
            params: { path: { id: String(user.id) } },
            body: { name: optionalText(values, 'name'), role: values.role as Role, active: values.active === true, password: optionalText(values, 'password') },
          }),
        )
      }
    />
  );
}
