import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from '../apollo/use-live-query';
import { CardTotalsDocument, SpendingTotalsDocument, type CardTotalsQuery, type SpendingTotalsQuery } from '../gql/graphql';
import { formatMoney, toMinor } from '../format/money';
import type { OutcomeFilter } from '../domain/activity-filter';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';

const NO_VARIABLES = {};

type Totals = SpendingTotalsQuery['spending_totals'][number];

/** One card's aggregates in the shape of a spending_totals row (Stripe's signs turned into spend). */
function cardTotalsRow(data: CardTotalsQuery): Totals | undefined {
  if (!data.card) return undefined;
  const settled = -toMinor(data.transactions.aggregate?.sum?.amount);
  const refunded = toMinor(data.refunds.aggregate?.sum?.amount);
  return {
    currency: data.card.currency ?? 'usd',
    settled_spend: settled,
    captured_amount: settled + refunded,
    refunded_amount: refunded,
    transaction_count: data.transactions.aggregate?.count ?? 0,
    pending_amount: toMinor(data.pending.aggregate?.sum?.amount),
    pending_count: data.pending.aggregate?.count ?? 0,
    declined_amount: toMinor(data.declined.aggregate?.sum?.amount),
    declined_count: data.declined.aggregate?.count ?? 0,
  };
}

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  readonly testId: string;
  readonly minor: number;
  readonly onDrill: (() => void) | undefined;
}

function Figure({ label, value, detail, testId, minor, onDrill }: FigureProps) {
  const body = (
    <Box sx={{ textAlign: 'left', p: 1.5, width: '100%' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" data-testid={testId} data-minor={minor}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {detail}
      </Typography>
    </Box>
  );
  if (!onDrill) return <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>{body}</Box>;
  return (
    <ButtonBase
      onClick={onDrill}
      aria-label={`${label}: ${value}, ${detail}. Show the rows`}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
    >
      {body}
    </ButtonBase>
  );
}

function CurrencyFigures({ totals, onDrill }: { totals: Totals; onDrill: (outcome: OutcomeFilter) => void }) {
  const currency = totals.currency ?? 'usd';
  const money = (minor: number) => formatMoney(minor, currency);
  const settled = toMinor(totals.settled_spend);
  const count = totals.transaction_count ?? 0;
  const average = count === 0 ? 0 : Math.round(settled / count);
  const key = currency.toLowerCase();
  return (
    <Box component="section" aria-label={`Totals in ${currency.toUpperCase()}`} sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {currency.toUpperCase()}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' } }}>
        <Figure label="Settled spend" value={money(settled)} detail={`captures ${money(toMinor(totals.captured_amount))} minus refunds`} testId={`settled-${key}`} minor={settled} onDrill={() => onDrill('settled')} />
        <Figure label="Transactions" value={String(count)} detail={`average ${money(average)}`} testId={`transactions-${key}`} minor={count} onDrill={() => onDrill('settled')} />
        <Figure label="Pending holds" value={money(toMinor(totals.pending_amount))} detail={`${totals.pending_count ?? 0} pending`} testId={`pending-${key}`} minor={toMinor(totals.pending_amount)} onDrill={() => onDrill('pending')} />
        <Figure label="Declines" value={String(totals.declined_count ?? 0)} detail={`${money(toMinor(totals.declined_amount))} declined`} testId={`declined-${key}`} minor={totals.declined_count ?? 0} onDrill={() => onDrill('declined')} />
        <Figure label="Refunds" value={money(toMinor(totals.refunded_amount))} detail="returned to the card" testId={`refunded-${key}`} minor={toMinor(totals.refunded_amount)} onDrill={() => onDrill('refunded')} />
      </Box>
    </Box>
  );
}

export interface SummaryPanelProps {
  /** Narrows the activity to the rows behind a figure. */
  readonly onDrill: (outcome: OutcomeFilter) => void;
  /** Figures of this card only (with its label), instead of the whole cardholder's. */
  readonly card?: { readonly id: string; readonly label: string } | undefined;
}

/** Totals per currency: settled spend, transactions and their average, holds, declines, refunds. */
export function SummaryPanel({ onDrill, card }: SummaryPanelProps) {
  return card ? <CardSummary card={card} onDrill={onDrill} /> : <CardholderSummary onDrill={onDrill} />;
}

function CardSummary({ card, onDrill }: { card: { id: string; label: string }; onDrill: (outcome: OutcomeFilter) => void }) {
  const { data, loading, error, refetch } = useQuery(CardTotalsDocument, { variables: { cardId: card.id } });
  const row = data ? cardTotalsRow(data) : undefined;
  let body;
  if (loading && !data) body = <Skeleton variant="rounded" height={96} data-testid="summary-loading" />;
  else if (error && !data) body = <ErrorState what="this card's totals" error={error} onRetry={() => void refetch()} />;
  else if (!row) body = <Typography color="text.secondary">This card is not available.</Typography>;
  else body = <CurrencyFigures totals={row} onDrill={onDrill} />;
  return <Panel title={`Summary: ${card.label} only`}>{body}</Panel>;
}

function CardholderSummary({ onDrill }: { onDrill: (outcome: OutcomeFilter) => void }) {
  const { data, loading, error, refetch } = useLiveQuery(SpendingTotalsDocument, NO_VARIABLES);

  let body;
  if (loading && !data) {
    body = <Skeleton variant="rounded" height={96} data-testid="summary-loading" />;
  } else if (error && !data) {
    body = <ErrorState what="your totals" error={error} onRetry={() => void refetch()} />;
  } else if (!data || data.spending_totals.length === 0) {
    body = <Typography color="text.secondary">No card activity yet. Purchases appear here as soon as your card is used.</Typography>;
  } else {
    body = data.spending_totals.map((totals) => <CurrencyFigures key={totals.currency} totals={totals} onDrill={onDrill} />);
  }
  return <Panel title="Summary">{body}</Panel>;
}
