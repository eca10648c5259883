import { lazy, Suspense, useMemo } from 'react';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { categoryLabel } from '../domain/categories';
import { formatMoney, toMinor } from '../format/money';
import type { CategorySlice } from './CategoryDonut';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';
import { useCategorySpend } from './use-spend-rows';

const CategoryDonut = lazy(() => import('./CategoryDonut'));

export interface SpendByCategoryPanelProps {
  readonly currency: string;
  readonly onSelect: (category: string) => void;
  /** This card's spend only (the page narrowed to it), instead of every card's. */
  readonly card?: { readonly id: string; readonly label: string } | undefined;
}

/** Settled spend per merchant category: a donut and its data-table twin. */
export function SpendByCategoryPanel({ currency, onSelect, card }: SpendByCategoryPanelProps) {
  const { rows, loading, error, refetch } = useCategorySpend(currency, card?.id);
  const slices: CategorySlice[] = useMemo(
    () =>
      (rows ?? []).map((row) => ({
        category: row.merchant_category ?? 'uncategorized',
        label: categoryLabel(row.merchant_category),
        spend: toMinor(row.settled_spend),
        count: row.transaction_count ?? 0,
      })),
    [rows],
  );

  let body;
  if (loading && !rows) body = <Skeleton variant="circular" width={220} height={220} sx={{ mx: 'auto' }} />;
  else if (error && !rows) body = <ErrorState what="spend by category" error={error} onRetry={refetch} />;
  else if (slices.length === 0) body = <Typography color="text.secondary">No settled spend in {currency.toUpperCase()} yet.</Typography>;
  else {
    body = (
      <>
        <Suspense fallback={<Skeleton variant="circular" width={220} height={220} sx={{ mx: 'auto' }} />}>
          <CategoryDonut slices={slices} currency={currency} onSelect={onSelect} />
        </Suspense>
        <Table size="small" aria-label={`Spend by category in ${currency.toUpperCase()}`}>
          <TableHead>
            <TableRow>
              <TableCell>Category</TableCell>
              <TableCell align="right">Spend</TableCell>
              <TableCell align="right">Transactions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {slices.map((slice) => (
              <TableRow key={slice.category}>
                <TableCell>
                  <Link component="button" onClick={() => onSelect(slice.category)} aria-label={`Show ${slice.label} activity`} sx={{ textAlign: 'left' }}>
                    {slice.label}
                  </Link>
                </TableCell>
                <TableCell align="right">{formatMoney(slice.spend, currency)}</TableCell>
                <TableCell align="right">{slice.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </>
    );
  }
  return <Panel title={card ? `Spend by category: ${card.label} only` : 'Spend by category'}>{body}</Panel>;
}
