import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { shortDate } from './progress.ts';

export interface TrendLine {
  key: string;
  name: string;
  color: string;
}

const AXIS = { fill: 'var(--muted, #5b6070)', fontSize: 12 };
const TOOLTIP = {
  contentStyle: { background: 'var(--surface, #fff)', borderColor: 'var(--border, #d9dbe3)', color: 'var(--text)' },
  labelFormatter: (label: unknown) => shortDate(String(label)),
};

/**
 * Scores over time, 0–100, one line per dimension (or category). Dates are "7 Dec" and thinned to fit, so the
 * axis stays readable on a 390-px phone; the box is 260 px high, as `.trend-chart` reserves it.
 */
export function ScoreTrend({ rows, lines }: { rows: Record<string, string | number | null>[]; lines: TrendLine[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border, #d9dbe3)" />
        <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS} minTickGap={28} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS} width={40} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {lines.map((line) => (
          <Line
            key={line.key}
            type="monotone"
            dataKey={line.key}
            name={line.name}
            stroke={line.color}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Answers and attempts per day, stacked; 160 px high, as `.volume-chart` reserves it. */
export function VolumeBars({ days }: { days: { date: string; answers: number; attempts: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={160}>
      <BarChart data={days} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border, #d9dbe3)" />
        <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS} minTickGap={28} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={AXIS} width={40} />
        <Tooltip {...TOOLTIP} />
        <Bar
          dataKey="answers"
          name="Answers"
          stackId="volume"
          fill="var(--accent, #2f5bd3)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="attempts"
          name="Coding and reviews"
          stackId="volume"
          fill="var(--muted, #5b6070)"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
