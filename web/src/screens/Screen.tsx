import { lazy, Suspense } from 'react';
import { OpenByKey, PageHeader } from '../components/AppShell.js';
import { usePlace } from '../routing.js';
import { BackorderWorkbench } from './BackorderWorkbench.js';
import { JobsScreen } from './JobsScreen.js';
import { OrderPage } from './OrderPage.js';
import { OverviewScreen } from './OverviewScreen.js';
import { SettingsScreen } from './settings/SettingsScreen.js';
import { ShipmentsScreen } from './shipments/ShipmentsScreen.js';
import { SupplyScreen } from './supply/SupplyScreen.js';

// The item page carries the chart library: loaded when first opened, not with the workbench.
const ItemPage = lazy(() => import('./ItemPage.js').then((module) => ({ default: module.ItemPage })));

/** Which screen the URL names. */
export function Screen() {
  const { path } = usePlace();
  const [, section, key] = path.split('/').map(decodeURIComponent);
  if (path === '/') return <OverviewScreen />;
  if (section === 'backorders') return <BackorderWorkbench />;
  if (section === 'orders' && key) return <OrderPage key={key} orderId={key} />;
  if (section === 'orders') return <Finder title="Orders" label="Order number" placeholder="e.g. 2" to={(id) => `/orders/${encodeURIComponent(id)}`} />;
  if (section === 'items' && key) {
    return (
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <ItemPage key={key} sku={key} />
      </Suspense>
    );
  }
  if (section === 'items') return <Finder title="Items" label="SKU" placeholder="e.g. WIDGET-RED" to={(sku) => `/items/${encodeURIComponent(sku)}`} />;
  if (section === 'jobs') return <JobsScreen />;
  if (section === 'settings') return <SettingsScreen />;
  if (section === 'shipments') return <ShipmentsScreen />;
  if (section === 'supply') return <SupplyScreen />;
  return <PageHeader title="Not found" />;
}

function Finder({ title, ...open }: { title: string; label: string; placeholder: string; to: (key: string) => string }) {
  return (
    <>
      <PageHeader title={title} />
      <OpenByKey {...open} />
      <p className="muted">Or open one from the backorder workbench.</p>
    </>
  );
}
