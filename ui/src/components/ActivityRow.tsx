import { memo } from 'react';
import ButtonBase from '@mui/material/ButtonBase';
import { styled } from '@mui/material/styles';
import { categoryLabel } from '../domain/categories';
import { entryAmounts, type ActivityEntry } from '../domain/activity-entry';
import { outcomeOf, type OutcomeTone } from '../domain/outcome';
import { formatDateTime } from '../format/dates';
import { formatMoney } from '../format/money';

// Status is said in words and marked by a symbol as well as a colour.
const SYMBOL: Record<OutcomeTone, string> = { success: '✓', error: '✕', warning: '◷', info: '↺', default: '•' };

// One styled element per row and plain spans inside: a list scrolled through thousands of rows
// renders dozens of rows per frame, and per-element style props would cost a style pass each.
// With CSS variables (theme.ts) the palette must be read through theme.vars, or the light
// scheme's values would be baked in and the dark theme would show dark text on dark.
const Row = styled(ButtonBase)(({ theme: baseTheme }) => {
  const theme = { ...baseTheme, palette: (baseTheme.vars ?? baseTheme).palette };
  return {
  width: '100%',
  height: '100%',
  padding: theme.spacing(0, 1.5),
  justifyContent: 'space-between',
  gap: theme.spacing(1),
  textAlign: 'left',
  borderBottom: `1px solid ${theme.palette.divider}`,
  '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
  '& .text': { minWidth: 0, flex: 1, display: 'flex', flexDirection: 'column' },
  '& .line': { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .merchant': { ...theme.typography.body1, fontWeight: 500 },
  '& .details, & .outcome-text, & .merchant-amount': { ...theme.typography.body2, color: theme.palette.text.secondary },
  '& .outcome-text': { [theme.breakpoints.up('sm')]: { display: 'none' } },
  '& .status': {
    ...theme.typography.caption,
    maxWidth: 320,
    padding: theme.spacing(0.25, 1),
    border: '1px solid currentColor',
    borderRadius: 16,
    [theme.breakpoints.down('sm')]: { display: 'none' },
  },
  '& .status[data-tone="success"]': { color: theme.palette.success.main },
  '& .status[data-tone="error"]': { color: theme.palette.error.main },
  '& .status[data-tone="warning"]': { color: theme.palette.warning.main },
  '& .status[data-tone="info"]': { color: theme.palette.info.main },
  '& .status[data-tone="default"]': { color: theme.palette.text.secondary },
  '& .money': { textAlign: 'right', flexShrink: 0, display: 'flex', flexDirection: 'column' },
  '& .amount': { ...theme.typography.body1, fontVariantNumeric: 'tabular-nums' },
  '& .amount[data-declined="true"]': { textDecoration: 'line-through' },
  '& .merchant-amount': { ...theme.typography.caption },
  };
});

export interface ActivityRowProps {
  readonly entry: ActivityEntry;
  readonly onOpen: (entry: ActivityEntry) => void;
}

/** One authorization or transaction: outcome, merchant, category, card, date and amount. */
export const ActivityRow = memo(function ActivityRow({ entry, onOpen }: ActivityRowProps) {
  const outcome = outcomeOf(entry);
  const amounts = entryAmounts(entry);
  const card = entry.card ? `${entry.card.brand ?? 'Card'} •${entry.card.last4 ?? ''}` : undefined;
  const details = [categoryLabel(entry.merchant_category), card, entry.occurred_at ? formatDateTime(entry.occurred_at) : undefined].filter(Boolean).join(' · ');
  return (
    <Row onClick={() => onOpen(entry)} data-testid="activity-row" data-id={entry.id ?? undefined}>
      <span className="text">
        <span className="line merchant">{entry.merchant_name ?? 'Unknown merchant'}</span>
        <span className="line details">{details}</span>
        <span className="line outcome-text">{outcome.text}</span>
      </span>
      <span className="line status" data-tone={outcome.tone} title={outcome.text}>
        {`${SYMBOL[outcome.tone]} ${outcome.text}`}
      </span>
      <span className="money">
        <span className="amount" data-testid="activity-amount" data-declined={outcome.label === 'Declined'}>
          {formatMoney(amounts.spend, amounts.currency)}
        </span>
        {amounts.merchant ? (
          <span className="merchant-amount" data-testid="merchant-amount">
            {formatMoney(amounts.merchant.amount, amounts.merchant.currency)} charged by the merchant
          </span>
        ) : null}
      </span>
    </Row>
  );
});
