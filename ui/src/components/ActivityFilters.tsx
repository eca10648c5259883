import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { hasPeriod, NO_FILTER, OUTCOME_LABELS, OUTCOMES, type ActivityFilter, type OutcomeFilter } from '../domain/activity-filter';
import { categoryLabel } from '../domain/categories';
import { appliesToPeriod } from '../domain/period-transactions';
import { formatDay } from '../format/dates';

export interface CardOption {
  readonly id: string;
  readonly label: string;
}

export interface ActivityFiltersProps {
  readonly filter: ActivityFilter;
  readonly categories: readonly string[];
  readonly cards: readonly CardOption[];
  readonly onChange: (filter: ActivityFilter) => void;
}

function isOutcome(value: string): value is OutcomeFilter {
  return OUTCOMES.some((outcome) => outcome === value);
}

/** "Transactions 2 Nov 2026 – 8 Nov 2026 in USD" (one day once). */
function periodLabel(filter: { readonly from: string; readonly to: string; readonly currency?: string | undefined }): string {
  const days = filter.from === filter.to ? formatDay(filter.from) : `${formatDay(filter.from)} – ${formatDay(filter.to)}`;
  return `Transactions ${days}${filter.currency ? ` in ${filter.currency.toUpperCase()}` : ''} (UTC)`;
}

/**
 * Outcome, category and card pickers, a merchant search and the chosen period of "Spend over
 * time" as a removable chip; every change lands in the URL.
 */
export function ActivityFilters({ filter, categories, cards, onChange }: ActivityFiltersProps) {
  const [merchant, setMerchant] = useState(filter.merchant ?? '');
  useEffect(() => setMerchant(filter.merchant ?? ''), [filter.merchant]);
  useEffect(() => {
    const next = merchant.trim() || undefined;
    if (next === filter.merchant) return undefined;
    const timer = setTimeout(() => onChange({ ...filter, merchant: next }), 300);
    return () => clearTimeout(timer);
  }, [merchant, filter, onChange]);

  const period = hasPeriod(filter) ? filter : undefined;
  const filtered = Boolean(filter.outcome || filter.category || filter.card || filter.merchant || period);
  const knownCategory = filter.category === undefined || filter.category === 'uncategorized' || categories.includes(filter.category);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} useFlexGap>
      <TextField
        select
        size="small"
        label="Outcome"
        value={filter.outcome ?? ''}
        onChange={(event) => onChange({ ...filter, outcome: isOutcome(event.target.value) ? event.target.value : undefined })}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="">All outcomes</MenuItem>
        {OUTCOMES.map((outcome) => (
          <MenuItem key={outcome} value={outcome} disabled={period !== undefined && !appliesToPeriod(outcome)}>
            {OUTCOME_LABELS[outcome]}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="Category" value={filter.category ?? ''} onChange={(event) => onChange({ ...filter, category: event.target.value || undefined })} sx={{ minWidth: 180 }}>
        <MenuItem value="">All categories</MenuItem>
        {categories.map((category) => (
          <MenuItem key={category} value={category}>
            {categoryLabel(category === 'uncategorized' ? null : category)}
          </MenuItem>
        ))}
        {knownCategory || !filter.category ? null : <MenuItem value={filter.category}>{categoryLabel(filter.category)}</MenuItem>}
      </TextField>
      <TextField select size="small" label="Card" value={cards.some((card) => card.id === filter.card) ? filter.card : ''} onChange={(event) => onChange({ ...filter, card: event.target.value || undefined })} sx={{ minWidth: 160 }}>
        <MenuItem value="">All cards</MenuItem>
        {cards.map((card) => (
          <MenuItem key={card.id} value={card.id}>
            {card.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" label="Merchant" type="search" value={merchant} onChange={(event) => setMerchant(event.target.value)} />
      {period ? (
        <Chip
          label={periodLabel(period)}
          onDelete={() => onChange({ ...filter, from: undefined, to: undefined, currency: undefined })}
          aria-label={`${periodLabel(period)}. Press Delete to remove the period`}
          data-testid="period-chip"
          sx={{ alignSelf: 'center', maxWidth: '100%' }}
        />
      ) : null}
      <Button onClick={() => onChange(NO_FILTER)} disabled={!filtered}>
        Clear filters
      </Button>
    </Stack>
  );
}
