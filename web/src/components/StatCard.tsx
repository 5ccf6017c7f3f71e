import type { ReactNode } from 'react';

/** One figure of the overview, with what it counts. */
export function StatCard({ label, value, hint, tone }: { label: string; value: ReactNode; hint?: ReactNode; tone?: 'warn' }) {
  return (
    <section className={`stat-card${tone ? ` ${tone}` : ''}`} aria-label={label}>
      <h2>{label}</h2>
      <p className="stat-value">{value}</p>
      {hint && <p className="stat-hint">{hint}</p>}
    </section>
  );
}
