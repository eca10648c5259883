import { BarChart } from '@mui/x-charts/BarChart';
import { formatDay } from '../format/dates';
import { formatMoney } from '../format/money';
import type { PeriodSpend } from '../domain/weeks';

export interface SpendOverTimeChartProps {
  readonly periods: readonly PeriodSpend[];
  readonly currency: string;
  /** Called with the clicked period (anywhere in its band, so a small bar is easy to hit). */
  readonly onSelect?: ((period: PeriodSpend) => void) | undefined;
}

/** Settled spend per period as bars (loaded lazily with the charts library). */
export default function SpendOverTimeChart({ periods, currency, onSelect }: SpendOverTimeChartProps) {
  return (
    <BarChart
      height={240}
      aria-hidden
      hideLegend
      onAxisClick={(_event, axis) => {
        const period = axis ? periods[axis.dataIndex] : undefined;
        if (period && onSelect) onSelect(period);
      }}
      sx={onSelect ? { cursor: 'pointer' } : undefined}
      xAxis={[{ scaleType: 'band', data: periods.map((period) => formatDay(period.periodStart)) }]}
      yAxis={[{ width: 'auto', valueFormatter: (value: number) => formatMoney(value, currency) }]}
      series={[
        {
          data: periods.map((period) => period.settledSpend),
          label: 'Settled spend',
          valueFormatter: (value) => (value === null ? '' : formatMoney(value, currency)),
        },
      ]}
    />
  );
}
