import { lazy, Suspense, useMemo, useState } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { byWeek, type PeriodSpend } from '../domain/weeks';
import { periodDays, type DayRange } from '../domain/period';
import { formatDay } from '../format/dates';
import { formatMoney, toMinor } from '../format/money';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';
import { usePeriodSpend } from './use-spend-rows';

const SpendOverTimeChart = lazy(() => import('./SpendOverTimeChart'));

const RANGES = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
] as const;

type Granularity = 'day' | 'week';

/** The first UTC day of a range ending today. */
function rangeStart(days: number, now: Date): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  return start.toISOString().slice(0, 10);
}

export interface SpendOverTimePanelProps {
  readonly currency: string;
  /** Today, for the range (tests fix it). */
  readonly now?: Date;
  /** Opens the rows behind one period: its first and last UTC day (clipped to the range) and the currency. */
  readonly onSelect?: (period: DayRange & { readonly currency: string }) => void;
  /** This card's spend only (the page narrowed to it), instead of every card's. */
  readonly card?: { readonly id: string; readonly label: string } | undefined;
}

/** Settled spend by day or week over a selectable range, with a data-table twin. */
export function SpendOverTimePanel({ currency, now = new Date(), onSelect, card }: SpendOverTimePanelProps) {
  const [days, setDays] = useState<number>(90);
  const [granularity, setGranularity] = useState<Granularity>('week');
  const from = rangeStart(days, now);
  const { rows, loading, error, refetch } = usePeriodSpend(currency, from, card?.id);
  const periods: PeriodSpend[] = useMemo(() => {
    const dayRows = (rows ?? []).map((row) => ({
      periodStart: row.period_start ?? '',
      settledSpend: toMinor(row.settled_spend),
      transactionCount: row.transaction_count ?? 0,
    }));
    return granularity === 'week' ? byWeek(dayRows) : dayRows;
  }, [rows, granularity]);
  const select = onSelect ? (period: PeriodSpend) => onSelect({ ...periodDays(period.periodStart, granularity, from), currency }) : undefined;

  const controls = (
    <Stack direction="row" spacing={1}>
      <TextField select size="small" label="Range" value={days} onChange={(event) => setDays(Number(event.target.value))}>
        {RANGES.map((range) => (
          <MenuItem key={range.days} value={range.days}>
            {range.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="By" value={granularity} onChange={(event) => setGranularity(event.target.value === 'day' ? 'day' : 'week')}>
        <MenuItem value="day">Day</MenuItem>
        <MenuItem value="week">Week</MenuItem>
      </TextField>
    </Stack>
  );

  let body;
  if (loading && !rows) body = <Skeleton variant="rounded" height={240} />;
  else if (error && !rows) body = <ErrorState what="spend over time" error={error} onRetry={refetch} />;
  else if (periods.length === 0) body = <Typography color="text.secondary">No settled spend in this range.</Typography>;
  else {
    body = (
      <>
        <Suspense fallback={<Skeleton variant="rounded" height={240} />}>
          <SpendOverTimeChart periods={periods} currency={currency} onSelect={select} />
        </Suspense>
        <Accordion disableGutters variant="outlined">
          <AccordionSummary>Show as a table</AccordionSummary>
          <AccordionDetails>
            <Table size="small" aria-label={`Spend by ${granularity} in ${currency.toUpperCase()}`}>
              <TableHead>
                <TableRow>
                  <TableCell>{granularity === 'week' ? 'Week of' : 'Day'}</TableCell>
                  <TableCell align="right">Spend</TableCell>
                  <TableCell align="right">Transactions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {periods.map((period) => (
                  <TableRow key={period.periodStart}>
                    <TableCell>
                      {select ? (
                        <Link component="button" onClick={() => select(period)} aria-label={`Show the transactions of the ${granularity} of ${formatDay(period.periodStart)}`} sx={{ textAlign: 'left' }}>
                          {formatDay(period.periodStart)}
                        </Link>
                      ) : (
                        formatDay(period.periodStart)
                      )}
                    </TableCell>
                    <TableCell align="right">{formatMoney(period.settledSpend, currency)}</TableCell>
                    <TableCell align="right">{period.transactionCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionDetails>
        </Accordion>
      </>
    );
  }
  return (
    <Panel title={card ? `Spend over time: ${card.label} only` : 'Spend over time'} action={controls}>
      {body}
    </Panel>
  );
}
