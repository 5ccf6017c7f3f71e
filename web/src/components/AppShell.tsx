import { useState, type FormEvent, type ReactNode } from 'react';
import { useSession, useSignOut } from '../api/session.js';
import { Link, navigate, usePlace } from '../routing.js';

const sections = [
  { href: '/', label: 'Overview', match: (path: string) => path === '/' },
  { href: '/backorders', label: 'Backorders', match: (path: string) => path.startsWith('/backorders') },
  { href: '/orders', label: 'Orders', match: (path: string) => path.startsWith('/orders') },
  { href: '/items', label: 'Items', match: (path: string) => path.startsWith('/items') },
  { href: '/shipments', label: 'Shipments', match: (path: string) => path.startsWith('/shipments') },
  { href: '/supply', label: 'Supply', match: (path: string) => path.startsWith('/supply') },
  { href: '/jobs', label: 'Jobs', match: (path: string) => path.startsWith('/jobs') },
  { href: '/settings', label: 'Settings', match: (path: string) => path.startsWith('/settings') },
];

/** The workbench's frame: the left navigation, who is signed in, and the screen. */
export function AppShell({ children }: { children: ReactNode }) {
  const { path } = usePlace();
  const session = useSession();
  const signOut = useSignOut();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">Allot</div>
        <nav aria-label="Workbench">
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} aria-current={section.match(path) ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span className="who-name">{session.identity.name}</span>
          <span className="role-badge">{session.identity.role}</span>
          {session.via === 'session' && (
            <button type="button" className="link-button" onClick={() => void signOut()}>
              Sign out
            </button>
          )}
        </div>
      </aside>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}

/** A small form that opens a record by what identifies it (an order id, an item's sku). */
export function OpenByKey({ label, placeholder, to }: { label: string; placeholder: string; to: (key: string) => string }) {
  const [key, setKey] = useState('');
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) navigate(to(key.trim()));
  };
  return (
    <form className="open-by-key" onSubmit={open} role="search">
      <label>
        {label}
        <input value={key} onChange={(event) => setKey(event.target.value)} placeholder={placeholder} />
      </label>
      <button type="submit">Open</button>
    </form>
  );
}

export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {children && <div className="page-actions">{children}</div>}
    </header>
  );
}
