import { PieChart } from '@mui/x-charts/PieChart';
import { formatMoney } from '../format/money';

export interface CategorySlice {
  readonly category: string;
  readonly label: string;
  readonly spend: number;
  readonly count: number;
}

export interface CategoryDonutProps {
  readonly slices: readonly CategorySlice[];
  readonly currency: string;
  readonly onSelect: (category: string) => void;
}

/** Spend by category as a donut (loaded lazily with the charts library); hover shows amount and count. */
export default function CategoryDonut({ slices, currency, onSelect }: CategoryDonutProps) {
  return (
    <PieChart
      height={240}
      aria-hidden
      // The data table below names every category; a legend of dozens would crowd the chart.
      hideLegend
      series={[
        {
          innerRadius: 60,
          outerRadius: 110,
          paddingAngle: 1,
          data: slices.map((slice, index) => ({ id: index, value: Math.max(slice.spend, 0), label: slice.label })),
          valueFormatter: (item, context) => {
            const slice = slices[context.dataIndex];
            return `${formatMoney(item.value, currency)} · ${slice?.count ?? 0} transactions`;
          },
        },
      ]}
      onItemClick={(_event, item) => {
        const slice = slices[item.dataIndex];
        if (slice) onSelect(slice.category);
      }}
    />
  );
}
