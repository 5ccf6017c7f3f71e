import type { ComponentType } from 'react';
import { useCan } from '../../api/session.js';
import { PageHeader } from '../../components/AppShell.js';
import { Link, useQueryState } from '../../routing.js';
import { CustomersSettings } from './CustomersSettings.js';
import { DeploymentSettings } from './DeploymentSettings.js';
import { ItemsSettings } from './ItemsSettings.js';
import { KeysSettings } from './KeysSettings.js';
import { LocationsSettings } from './LocationsSettings.js';
import { PoliciesSettings } from './PoliciesSettings.js';
import { UsersSettings } from './UsersSettings.js';
import './settings.css';

interface Tab {
  readonly id: string;
  readonly label: string;
  readonly screen: ComponentType;
  /** Shown only to those who may (people, keys and the deployment settings: admins). */
  readonly shown: boolean;
}

/** Settings: master data for everyone who reads it, people, keys and the deployment for admins; the tab and search in the URL. */
export function SettingsScreen() {
  const [query] = useQueryState();
  const tabs: Tab[] = [
    { id: 'items', label: 'Items', screen: ItemsSettings, shown: true },
    { id: 'customers', label: 'Customers', screen: CustomersSettings, shown: true },
    { id: 'locations', label: 'Locations', screen: LocationsSettings, shown: true },
    { id: 'policies', label: 'Fulfillment policies', screen: PoliciesSettings, shown: true },
    { id: 'users', label: 'Users', screen: UsersSettings, shown: useCan('users.manage') },
    { id: 'keys', label: 'API keys', screen: KeysSettings, shown: useCan('keys.manage') },
    { id: 'deployment', label: 'Deployment', screen: DeploymentSettings, shown: useCan('settings.manage') },
  ].filter((tab) => tab.shown);
  const current = tabs.find((tab) => tab.id === query.get('tab')) ?? tabs[0]!;
  const Screen = current.screen;
  return (
    <>
      <PageHeader title="Settings" />
      <nav aria-label="Settings" className="settings-tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.id}>
              <Link href={`/settings?tab=${tab.id}`} aria-current={tab.id === current.id ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Screen key={current.id} />
    </>
  );
}
