import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { categoryLabel } from '../domain/categories';
import { entryAmounts, type ActivityEntry } from '../domain/activity-entry';
import { outcomeOf, type OutcomeTone } from '../domain/outcome';
import { formatDateTime } from '../format/dates';
import { formatMoney } from '../format/money';

// Status is said in words and marked by a symbol as well as a colour.
const SYMBOL: Record<OutcomeTone, string> = { success: '✓', error: '✕', warning: '◷', info: '↺', default: '•' };

export interface ActivityRowProps {
  readonly entry: ActivityEntry;
  readonly onOpen: (entry: ActivityEntry) => void;
}

/** One authorization or transaction: outcome, merchant, category, card, date and amount. */
export function ActivityRow({ entry, onOpen }: ActivityRowProps) {
  const outcome = outcomeOf(entry);
  const amounts = entryAmounts(entry);
  const card = entry.card ? `${entry.card.brand ?? 'Card'} •${entry.card.last4 ?? ''}` : undefined;
  const details = [categoryLabel(entry.merchant_category), card, entry.occurred_at ? formatDateTime(entry.occurred_at) : undefined].filter(Boolean).join(' · ');
  return (
    <ButtonBase
      onClick={() => onOpen(entry)}
      data-testid="activity-row"
      data-id={entry.id ?? undefined}
      sx={{ width: '100%', height: '100%', px: 1.5, justifyContent: 'space-between', gap: 1, textAlign: 'left', borderBottom: 1, borderColor: 'divider', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
    >
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography noWrap sx={{ fontWeight: 500 }}>
          {entry.merchant_name ?? 'Unknown merchant'}
        </Typography>
        <Typography noWrap variant="body2" color="text.secondary">
          {details}
        </Typography>
        <Typography noWrap variant="caption" color="text.secondary" sx={{ display: { xs: 'block', sm: 'none' } }}>
          {outcome.text}
        </Typography>
      </Box>
      <Chip size="small" variant="outlined" color={outcome.tone} label={`${SYMBOL[outcome.tone]} ${outcome.text}`} title={outcome.text} sx={{ display: { xs: 'none', sm: 'inline-flex' }, maxWidth: 320 }} />
      <Box sx={{ textAlign: 'right', flexShrink: 0 }}>
        <Typography data-testid="activity-amount" sx={{ fontVariantNumeric: 'tabular-nums', textDecoration: outcome.label === 'Declined' ? 'line-through' : 'none' }}>
          {formatMoney(amounts.spend, amounts.currency)}
        </Typography>
        {amounts.merchant ? (
          <Typography variant="caption" color="text.secondary" data-testid="merchant-amount">
            {formatMoney(amounts.merchant.amount, amounts.merchant.currency)} charged by the merchant
          </Typography>
        ) : null}
      </Box>
    </ButtonBase>
  );
}
