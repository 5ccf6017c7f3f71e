import { useState } from 'react';
import { PageHeader } from '../../components/AppShell.js';
import { Link, usePlace } from '../../routing.js';
import { PurchaseOrders } from './PurchaseOrders.js';
import { Replenishment } from './Replenishment.js';
import { ScheduleUpload } from './ScheduleUpload.js';
import { TransferOrders } from './TransferOrders.js';

const tabs = [
  { id: 'purchase-orders', label: 'Purchase orders' },
  { id: 'transfers', label: 'Transfers' },
  { id: 'replenishment', label: 'Replenishment' },
  { id: 'schedule', label: 'Supply schedule' },
] as const;

/** Supply: purchase orders, transfers, replenishment suggestions and the supply schedule; the part shown is in the URL (`?tab=…`). */
export function SupplyScreen() {
  const { query } = usePlace();
  const tab = tabs.find((t) => t.id === query.get('tab'))?.id ?? 'purchase-orders';
  const [notice, setNotice] = useState<string | null>(null);
  const done = async (what: string) => setNotice(what);
  return (
    <>
      <PageHeader title="Supply" />
      <nav aria-label="Supply" className="tabs">
        <ul>
          {tabs.map((t) => (
            <li key={t.id}>
              <Link href={t.id === 'purchase-orders' ? '/supply' : `/supply?tab=${t.id}`} aria-current={t.id === tab ? 'page' : undefined} onClick={() => setNotice(null)}>
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {tab === 'purchase-orders' && <PurchaseOrders onDone={done} />}
      {tab === 'transfers' && <TransferOrders onDone={done} />}
      {tab === 'replenishment' && <Replenishment onDone={done} />}
      {tab === 'schedule' && <ScheduleUpload onDone={done} />}
    </>
  );
}
