import { useLanguage } from '@etj/spa';
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
import { formatNumber } from './statistics-format.ts';
import { type CountTable } from './statistics-tables.ts';

/**
 * Series colours, each at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 of graphics), and
 * never the only difference: the period before is hatched, and login lines are dashed apart;
 * the legend names each series and the table gives every value.
 */
const SERIES = [
  { color: '#0b5394', dash: undefined },
  { color: '#4d4d4d', dash: '8 4' },
  { color: '#8a3b00', dash: '2 3' },
] as const;

type Row = { label: string } & Record<string, number | null | string>;

/** The table's rows as chart points; a withheld value is null, so nothing is drawn for it. */
function chartRows(table: CountTable): Row[] {
  return table.rows.map((row) => {
    const point: Row = { label: row.label };
    row.values.forEach((count, index) => {
      point[`s${String(index)}`] = count.suppressed ? null : count.value;
    });
    return point;
  });
}

export type ChartKind = 'columns' | 'bars' | 'lines';

/**
 * A chart of one count table: `columns` for time or age along the x axis, `bars` (horizontal)
 * for named categories, `lines` for days. Not in the tab order: the table alternative is the
 * way to read exact values by keyboard or screen reader.
 */
export function CountChart({ table, kind }: { table: CountTable; kind: ChartKind }) {
  const language = useLanguage();
  const data = chartRows(table);
  const format = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, language) : '';
  const hatchId = `statistics-${table.id}-hatch`;
  const height =
    kind === 'bars' ? Math.max(220, 60 + data.length * 22 * table.columns.length) : 300;
  const common = {
    data,
    accessibilityLayer: false,
    margin: { top: 8, right: 16, bottom: 8, left: 8 },
  };
  const legend = table.columns.length > 1 ? <Legend /> : null;
  const tooltip = <Tooltip formatter={format} />;
  let chart;
  if (kind === 'lines') {
    chart = (
      <LineChart {...common}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" minTickGap={16} />
        <YAxis allowDecimals={false} tickFormatter={format} />
        {tooltip}
        {legend}
        {table.columns.map((column, index) => (
          <Line
            key={column}
            type="linear"
            dataKey={`s${String(index)}`}
            name={column}
            stroke={SERIES[index % SERIES.length]?.color}
            strokeDasharray={SERIES[index % SERIES.length]?.dash}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  } else {
    const horizontal = kind === 'bars';
    chart = (
      <BarChart {...common} layout={horizontal ? 'vertical' : 'horizontal'}>
        <defs>
          <pattern
            id={hatchId}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill={SERIES[1].color} />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tickFormatter={format} />
            <YAxis type="category" dataKey="label" width={180} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} tickFormatter={format} />
          </>
        )}
        {tooltip}
        {legend}
        {table.columns.map((column, index) => (
          <Bar
            key={column}
            dataKey={`s${String(index)}`}
            name={column}
            fill={index === 1 ? `url(#${hatchId})` : SERIES[index % SERIES.length]?.color}
            stroke={SERIES[index % SERIES.length]?.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {chart}
    </ResponsiveContainer>
  );
}
