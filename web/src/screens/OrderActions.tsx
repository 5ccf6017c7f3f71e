import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { allot, unwrap, type Schema } from '../api/client.js';
import { useLocations } from '../api/lists.js';
import { useCan } from '../api/session.js';
import { ActionDialog } from '../components/ActionDialog.js';
import { FieldProblem } from '../components/FieldProblem.js';
import { formatQuantity } from '../format.js';
import { navigate } from '../routing.js';

type Order = Schema<'Order'>;
type Line = Schema<'OrderLine'>;
type How = 'purchase' | 'transfer' | 'drop-ship';
type Asking = { kind: 'quantity'; line: Line } | { kind: 'add' } | { kind: 'header' } | { kind: 'split' } | { kind: 'source'; line: Line };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const inAWeek = () => isoDay(new Date(Date.now() + 7 * 86_400_000));
const open = (line: Line) => line.quantity - line.shipped - line.cancelled - line.released;

/**
 * The order's amendments and sourcing, each behind a confirmation that previews the change
 * (`?dryRun=true`): a line's quantity, a new line, the requested ship date and location, a split,
 * and a purchase order, transfer or drop shipment raised for a line. Buttons only for what the
 * signed-in person may do.
 */
export function useOrderActions(order: Order, onDone: (what: string) => Promise<unknown>) {
  const canAmend = useCan('orders.write');
  const canSource = useCan('supply.write');
  const [asking, setAsking] = useState<Asking | null>(null);
  const closed = order.status === 'closed' || order.status === 'cancelled' || order.status === 'shipped';
  const waiting = order.lines.some((line) => line.backordered > 0);
  const buttons: ReactNode = (
    <>
      {canAmend && !closed && (
        <>
          <button type="button" className="secondary" onClick={() => setAsking({ kind: 'header' })}>
            Change date or location
          </button>
          <button type="button" className="secondary" onClick={() => setAsking({ kind: 'add' })}>
            Add a line
          </button>
        </>
      )}
      {canAmend && waiting && (
        <button type="button" className="secondary" onClick={() => setAsking({ kind: 'split' })}>
          Split order
        </button>
      )}
    </>
  );
  const lineButtons = (line: Line): ReactNode => (
    <>
      {canAmend && !closed && open(line) > 0 && (
        <button type="button" className="small secondary" onClick={() => setAsking({ kind: 'quantity', line })}>
          Change quantity of line {line.lineNo}
        </button>
      )}
      {canSource && line.backordered > 0 && (
        <button type="button" className="small secondary" onClick={() => setAsking({ kind: 'source', line })}>
          Source line {line.lineNo}
        </button>
      )}
    </>
  );
  const close = () => setAsking(null);
  const finish = async (what: string) => {
    setAsking(null);
    await onDone(what);
  };
  const props = { order, onDone: finish, onClose: close };
  const dialog =
    asking === null ? null : asking.kind === 'quantity' ? (
      <QuantityChange {...props} line={asking.line} />
    ) : asking.kind === 'add' ? (
      <AddLine {...props} />
    ) : asking.kind === 'header' ? (
      <HeaderChange {...props} />
    ) : asking.kind === 'split' ? (
      <Split {...props} />
    ) : (
      <SourceLine {...props} line={asking.line} />
    );
  return { buttons, lineButtons, dialog };
}

interface DialogProps {
  readonly order: Order;
  readonly onDone: (what: string) => Promise<unknown>;
  readonly onClose: () => void;
}

function QuantityChange({ order, line, onDone, onClose }: DialogProps & { line: Line }) {
  const [quantity, setQuantity] = useState(String(line.quantity));
  const value = Number(quantity);
  const valid = quantity.trim() !== '' && Number.isInteger(value) && value !== line.quantity;
  const call = (dryRun: boolean) =>
    unwrap(
      allot.PATCH('/v1/orders/{id}/lines/{lineNo}', {
        params: { path: { id: String(order.id), lineNo: String(line.lineNo) } as never, ...(dryRun ? { query: { dryRun: true } } : {}) },
        body: { quantity: value },
      }),
    );
  const floor = line.released + line.shipped + line.cancelled;
  return (
    <ActionDialog
      title={`Change the quantity of line ${line.lineNo} (${line.sku})`}
      confirmLabel="Change quantity"
      run={() => call(false)}
      preview={valid ? () => call(true) : undefined}
      previewKey={quantity}
      onDone={() => onDone(`Line ${line.lineNo} now asks for ${formatQuantity(value)} units.`)}
      onClose={onClose}
    >
      {(error) => (
        <>
          <p>
            More units queue at the line’s place in the queue; fewer come off its backorder first, then free what it holds for the lines behind it. It cannot go below{' '}
            {formatQuantity(floor)} (released, shipped and cancelled).
          </p>
          <label>
            New quantity (now {formatQuantity(line.quantity)})
            <input type="number" min={1} inputMode="numeric" value={quantity} onChange={(event) => setQuantity(event.target.value)} />
            <FieldProblem error={error} field={['quantity', 'requested']} />
          </label>
        </>
      )}
    </ActionDialog>
  );
}

function AddLine({ order, onDone, onClose }: DialogProps) {
  const [sku, setSku] = useState('');
  const [quantity, setQuantity] = useState('1');
  const body = { sku: sku.trim(), quantity: Number(quantity) };
  const valid = body.sku !== '' && Number.isInteger(body.quantity) && body.quantity > 0;
  const call = (dryRun: boolean) => unwrap(allot.POST('/v1/orders/{id}/lines', { params: { path: { id: String(order.id) }, ...(dryRun ? { query: { dryRun: true } } : {}) }, body }));
  return (
    <ActionDialog
      title={`Add a line to order ${order.id}`}
      confirmLabel="Add line"
      run={() => call(false)}
      preview={valid ? () => call(true) : undefined}
      previewKey={JSON.stringify(body)}
      onDone={() => onDone(`Line added: ${formatQuantity(body.quantity)} × ${body.sku}.`)}
      onClose={onClose}
    >
      {(error) => (
        <>
          <p>The new line queues by the order’s entry, after its other lines: it gets what is free now, the rest is backordered.</p>
          <label>
            SKU
            <input value={sku} onChange={(event) => setSku(event.target.value)} />
            <FieldProblem error={error} field="sku" />
          </label>
          <label>
            Quantity
            <input type="number" min={1} inputMode="numeric" value={quantity} onChange={(event) => setQuantity(event.target.value)} />
            <FieldProblem error={error} field="quantity" />
          </label>
        </>
      )}
    </ActionDialog>
  );
}

function HeaderChange({ order, onDone, onClose }: DialogProps) {
  const locations = useLocations();
  const [date, setDate] = useState(order.requestedShipDate?.slice(0, 10) ?? '');
  const [location, setLocation] = useState(order.location ?? '');
  const body: { requestedShipDate?: string | null; location?: string | null } = {};
  if (date !== (order.requestedShipDate?.slice(0, 10) ?? '')) body.requestedShipDate = date || null;
  if (location !== (order.location ?? '')) body.location = location || null;
  const changed = Object.keys(body).length > 0;
  const call = (dryRun: boolean) => unwrap(allot.PATCH('/v1/orders/{id}', { params: { path: { id: String(order.id) }, ...(dryRun ? { query: { dryRun: true } } : {}) }, body }));
  return (
    <ActionDialog
      title={`Change order ${order.id}`}
      confirmLabel="Change order"
      run={() => call(false)}
      preview={changed ? () => call(true) : undefined}
      previewKey={JSON.stringify(body)}
      onDone={() => onDone(`Order ${order.id} changed.`)}
      onClose={onClose}
    >
      {(error) => (
        <>
          <p>The promise and cancellation rules count from the requested ship date. A new location is allocated from first: the order is reallocated at once.</p>
          <label>
            Requested ship date
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
            <FieldProblem error={error} field="requestedShipDate" />
          </label>
          <label>
            Location
            <select value={location} onChange={(event) => setLocation(event.target.value)}>
              <option value="">none (any location by priority)</option>
              {locations.data?.items.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.code} — {l.name}
                </option>
              ))}
            </select>
            <FieldProblem error={error} field="location" />
          </label>
        </>
      )}
    </ActionDialog>
  );
}

function Split({ order, onDone, onClose }: DialogProps) {
  const backordered = order.lines.reduce((sum, line) => sum + line.backordered, 0);
  const call = (dryRun: boolean) => unwrap(allot.POST('/v1/orders/{id}/split', { params: { path: { id: String(order.id) }, ...(dryRun ? { query: { dryRun: true } } : {}) } }));
  return (
    <ActionDialog
      title={`Split order ${order.id}`}
      confirmLabel="Split order"
      run={() => call(false)}
      preview={() => call(true)}
      onDone={async (split) => {
        await onDone(`Order ${order.id} split: the backordered remainder is order ${split.newOrderId}.`);
        navigate(`/orders/${split.newOrderId}`);
      }}
      onClose={onClose}
    >
      <p>
        Order {order.id} keeps what can ship now and closes after it; a new order holds the {formatQuantity(backordered)} backordered units, keeping their place in the
        queue.
      </p>
    </ActionDialog>
  );
}

function SourceLine({ order, line, onDone, onClose }: DialogProps & { line: Line }) {
  const locations = useLocations();
  const item = useQuery({ queryKey: ['item', line.sku], queryFn: () => unwrap(allot.GET('/v1/items/{sku}', { params: { path: { sku: line.sku } } })) });
  const [how, setHow] = useState<How>('purchase');
  const [supplier, setSupplier] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(order.location ?? '');
  const [expectedDate, setExpectedDate] = useState(inAWeek());
  const [quantity, setQuantity] = useState(String(line.backordered));
  const supplierValue = supplier ?? item.data?.replenishment?.supplier ?? '';
  const lines = [{ sku: line.sku, quantity: Number(quantity), orderId: order.id, lineNo: line.lineNo }];
  const valid = Number.isInteger(lines[0]!.quantity) && lines[0]!.quantity > 0 && expectedDate !== '' && (how === 'transfer' ? from !== '' && to !== '' : supplierValue.trim() !== '');
  const call = (dryRun: boolean): Promise<{ id: number }> => {
    const query = dryRun ? { query: { dryRun: true as const } } : {};
    if (how === 'transfer') return unwrap(allot.POST('/v1/transfer-orders', { params: query, body: { from, to, expectedDate, lines } }));
    const where = how === 'drop-ship' ? { dropShip: true } : to ? { location: to } : {};
    return unwrap(allot.POST('/v1/purchase-orders', { params: query, body: { supplier: supplierValue.trim(), expectedDate, ...where, lines } }));
  };
  const said: Record<How, string> = {
    purchase: `A purchase order for ${formatQuantity(lines[0]!.quantity)} × ${line.sku}, linked to this line: when it is received, this line gets the stock first.`,
    transfer: `A transfer of ${formatQuantity(lines[0]!.quantity)} × ${line.sku} from ${from || '…'} to ${to || '…'}, linked to this line: received at ${to || 'the destination'}, it fills this line first.`,
    'drop-ship': `The supplier ships ${formatQuantity(lines[0]!.quantity)} × ${line.sku} straight to the customer: the units no longer wait for stock here.`,
  };
  return (
    <ActionDialog
      title={`Source line ${line.lineNo} (${line.sku})`}
      confirmLabel={how === 'transfer' ? 'Raise transfer' : how === 'drop-ship' ? 'Raise drop shipment' : 'Raise purchase order'}
      run={() => call(false)}
      preview={valid ? () => call(true) : undefined}
      previewKey={JSON.stringify({ how, supplierValue, from, to, expectedDate, quantity })}
      onDone={(raised) => onDone(`${how === 'transfer' ? 'Transfer' : 'Purchase order'} ${raised.id} raised for line ${line.lineNo}.`)}
      onClose={onClose}
    >
      {(error) => (
        <>
          <label>
            How
            <select value={how} onChange={(event) => setHow(event.target.value as How)}>
              <option value="purchase">purchase order</option>
              <option value="transfer">transfer from another location</option>
              <option value="drop-ship">drop ship from the supplier</option>
            </select>
          </label>
          <p>{said[how]}</p>
          {how !== 'transfer' && (
            <label>
              Supplier
              <input value={supplierValue} onChange={(event) => setSupplier(event.target.value)} />
              <FieldProblem error={error} field="supplier" />
            </label>
          )}
          {how === 'transfer' && (
            <label>
              From
              <select value={from} onChange={(event) => setFrom(event.target.value)}>
                <option value="">choose a location</option>
                {locations.data?.items.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.code}
                  </option>
                ))}
              </select>
              <FieldProblem error={error} field="from" />
            </label>
          )}
          {how !== 'drop-ship' && (
            <label>
              {how === 'transfer' ? 'To' : 'Arrives at'}
              <select value={to} onChange={(event) => setTo(event.target.value)}>
                <option value="">{how === 'transfer' ? 'choose a location' : 'the item’s or best location'}</option>
                {locations.data?.items.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.code}
                  </option>
                ))}
              </select>
              <FieldProblem error={error} field={how === 'transfer' ? 'to' : 'location'} />
            </label>
          )}
          <label>
            Expected
            <input type="date" value={expectedDate} onChange={(event) => setExpectedDate(event.target.value)} />
            <FieldProblem error={error} field="expectedDate" />
          </label>
          <label>
            Units (backordered: {formatQuantity(line.backordered)})
            <input type="number" min={1} inputMode="numeric" value={quantity} onChange={(event) => setQuantity(event.target.value)} />
            <FieldProblem error={error} field="quantity" />
          </label>
        </>
      )}
    </ActionDialog>
  );
}
