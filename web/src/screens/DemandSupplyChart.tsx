import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDay, formatQuantity } from '../format.js';
import { addDays, type TimelinePoint } from './demand-supply.js';

/** The demand and supply timeline: projected available stock by date against the queue's demand. */
export function DemandSupplyChart({ points }: { points: readonly TimelinePoint[] }) {
  const coveredOn = points.find((point) => point.projectedAvailable >= point.queueDemand);
  const demand = points[0]?.queueDemand ?? 0;
  // A week past the last date, so the last step shows as a level, not a dot.
  const last = points.at(-1);
  const drawn = last ? [...points, { ...last, date: addDays(last.date, 7), arriving: [] }] : [];
  return (
    <figure className="chart" aria-label="Demand and supply timeline">
      <div className="chart-box">
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={drawn} margin={{ top: 10, right: 24, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e4e7ec" />
            <XAxis dataKey="date" tickFormatter={(date: string) => formatDay(date)} fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip labelFormatter={(date) => formatDay(String(date))} formatter={(value) => formatQuantity(Number(value))} />
            <Legend />
            <Line type="stepAfter" dataKey="projectedAvailable" name="Projected available" stroke="#2563eb" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="queueDemand" name="Queue demand" stroke="#dc2626" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        {demand === 0
          ? 'Nothing waits for this item.'
          : coveredOn
            ? `The whole queue (${formatQuantity(demand)} units) is covered on ${formatDay(coveredOn.date)}.`
            : `Expected supply does not cover the queue: ${formatQuantity(demand - (points.at(-1)?.projectedAvailable ?? 0))} units have no supply yet.`}
      </figcaption>
      <table className="data-table compact" aria-label="Supply by date">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Arriving</th>
            <th scope="col" className="num">Projected available</th>
            <th scope="col" className="num">Lines covered</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.date}>
              <td>{formatDay(point.date)}</td>
              <td>{point.arriving.join('; ') || 'free stock now'}</td>
              <td className="num">{formatQuantity(point.projectedAvailable)}</td>
              <td className="num">{formatQuantity(point.linesCovered)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
