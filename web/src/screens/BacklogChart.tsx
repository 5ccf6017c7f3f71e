import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Schema } from '../api/client.js';
import { formatDay, formatQuantity } from '../format.js';

type Day = Schema<'BacklogDay'>;

/** The backlog over time: units and lines on backorder at the end of each day (from the record log). */
export function BacklogChart({ days }: { days: readonly Day[] }) {
  const first = days[0];
  const last = days.at(-1);
  return (
    <figure className="chart" aria-label="Backlog over time">
      <div className="chart-box">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={[...days]} margin={{ top: 10, right: 24, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e4e7ec" />
            <XAxis dataKey="date" tickFormatter={(date: string) => formatDay(date)} fontSize={12} minTickGap={24} />
            <YAxis yAxisId="units" allowDecimals={false} fontSize={12} />
            <YAxis yAxisId="lines" orientation="right" allowDecimals={false} fontSize={12} />
            <Tooltip labelFormatter={(date) => formatDay(String(date))} formatter={(value) => formatQuantity(Number(value))} />
            <Legend />
            <Line yAxisId="units" type="stepAfter" dataKey="units" name="Units on backorder" stroke="#2563eb" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line yAxisId="lines" type="stepAfter" dataKey="lines" name="Lines waiting" stroke="#b45309" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {first && last && (
        <figcaption>
          {formatDay(first.date)}: {formatQuantity(first.units)} units on {formatQuantity(first.lines)} lines; {formatDay(last.date)}: {formatQuantity(last.units)} units on{' '}
          {formatQuantity(last.lines)} lines.
        </figcaption>
      )}
    </figure>
  );
}
