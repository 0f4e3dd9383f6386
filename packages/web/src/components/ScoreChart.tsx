import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const TICK = { fontSize: 12 };

export interface ScoreChartRow {
  dimension: string;
  'This attempt': number | null;
  'Previous attempt'?: number | null;
}

/**
 * The summary's bar chart, 220 px high (`.chart` reserves it while this loads). Its own chunk: only a page that
 * shows it loads the chart library.
 */
export function ScoreChart({ rows, withPrevious }: { rows: ScoreChartRow[]; withPrevious: boolean }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* Every label shown, small enough that four fit under the bars of a phone-wide chart. */}
        <XAxis dataKey="dimension" interval={0} tick={TICK} tickMargin={4} />
        <YAxis domain={[0, 100]} width={32} tick={TICK} />
        <Tooltip />
        {withPrevious && <Legend />}
        {withPrevious && <Bar dataKey="Previous attempt" fill="var(--muted, #9aa3af)" />}
        <Bar dataKey="This attempt" fill="var(--accent, #2563eb)" />
      </BarChart>
    </ResponsiveContainer>
  );
}
