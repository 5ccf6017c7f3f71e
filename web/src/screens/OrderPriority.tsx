import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { allot, unwrap } from '../api/client.js';
import { ProblemNotice } from '../components/ProblemNotice.js';

/** Change an order's priority: it is reallocated at once (a higher priority takes unreleased stock from lines behind it). */
export function OrderPriority({ orderId, priority }: { orderId: string; priority: number }) {
  const queries = useQueryClient();
  const [value, setValue] = useState(String(priority));
  const change = useMutation({
    mutationFn: () => unwrap(allot.PATCH('/v1/orders/{id}', { params: { path: { id: orderId } }, body: { priority: Number(value) } })),
    onSuccess: () => Promise.all([queries.invalidateQueries({ queryKey: ['order'] }), queries.invalidateQueries({ queryKey: ['backorders'] })]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Order priority">
      <label>
        Priority
        <input type="number" inputMode="numeric" value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <button type="submit" className="secondary" disabled={change.isPending || value === String(priority)}>
        Change priority
      </button>
      <ProblemNotice error={change.error} />
    </form>
  );
}
