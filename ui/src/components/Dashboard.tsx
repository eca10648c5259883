import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CardsAndCardholderDocument, SpendByCategoryDocument, SpendingTotalsDocument } from '../gql/graphql';
import type { ActivityFilter } from '../domain/activity-filter';
import { ActivityPanel } from './ActivityPanel';
import { CardsPanel } from './CardsPanel';
import { SpendByCategoryPanel } from './SpendByCategoryPanel';
import { SpendOverTimePanel } from './SpendOverTimePanel';
import { SummaryPanel } from './SummaryPanel';
import { useUrlFilter } from './use-url-filter';

/** The signed-in cardholder's page: summary, cards, charts and activity; filters live in the URL. */
export function Dashboard() {
  const [filter, setFilter] = useUrlFilter();
  const totals = useQuery(SpendingTotalsDocument);
  const cards = useQuery(CardsAndCardholderDocument);
  const currencies = useMemo(() => (totals.data?.spending_totals ?? []).map((row) => row.currency ?? 'usd'), [totals.data]);
  const [currency, setCurrency] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (currencies.length > 0 && (!currency || !currencies.includes(currency))) setCurrency(currencies[0]);
  }, [currencies, currency]);
  const cardOptions = useMemo(
    () =>
      (cards.data?.users[0]?.cardholder?.cards ?? []).flatMap((card) =>
        card.id ? [{ id: card.id, label: `${card.brand ?? 'Card'} •${card.last4 ?? ''}`, currency: card.currency ?? undefined }] : [],
      ),
    [cards.data],
  );
  const selectedCard = cardOptions.find((card) => card.id === filter.card);
  // A card has one currency: narrowed to it, the charts show that one.
  const chartCurrency = selectedCard?.currency ?? currency ?? currencies[0] ?? 'usd';
  const categories = useQuery(SpendByCategoryDocument, { variables: { currency: chartCurrency, limit: 100 } });
  const categoryNames = useMemo(() => (categories.data?.spend_by_category ?? []).map((row) => row.merchant_category ?? 'uncategorized'), [categories.data]);
  const drill = (next: Partial<ActivityFilter>) => {
    setFilter({ ...filter, ...next });
    document.getElementById('panel-activity')?.scrollIntoView({ behavior: 'smooth' });
  };
  // The summary and category figures cover all time, so opening one drops a chosen period; a
  // period's bar covers every category and merchant, so opening one drops those (the card stays:
  // the page is narrowed to it).
  const noPeriod = { from: undefined, to: undefined, currency: undefined };

  return (
    <Container maxWidth="lg" sx={{ py: 2, display: 'grid', gap: 2 }}>
      <SummaryPanel onDrill={(outcome) => drill({ outcome, ...noPeriod })} card={selectedCard} />
      <CardsPanel data={cards.data} loading={cards.loading} error={cards.error} onRetry={() => void cards.refetch()} selectedCard={filter.card} onSelectCard={(card) => setFilter({ ...filter, card })} />
      {currencies.length > 1 && !selectedCard ? (
        <TextField select size="small" label="Charts currency" value={chartCurrency} onChange={(event) => setCurrency(event.target.value)} sx={{ maxWidth: 200 }}>
          {currencies.map((code) => (
            <MenuItem key={code} value={code}>
              {code.toUpperCase()}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
        <SpendByCategoryPanel currency={chartCurrency} onSelect={(category) => drill({ category, ...noPeriod })} card={selectedCard} />
        <SpendOverTimePanel currency={chartCurrency} card={selectedCard} onSelect={(period) => drill({ ...period, outcome: undefined, category: undefined, merchant: undefined })} />
      </Box>
      <ActivityPanel filter={filter} categories={categoryNames} cards={cardOptions} onFilterChange={setFilter} />
    </Container>
  );
}
