import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { CardsAndCardholderQuery } from '../gql/graphql';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';

type Card = NonNullable<NonNullable<CardsAndCardholderQuery['users'][number]['cardholder']>['cards']>[number];

const STATUS: Record<string, string> = { active: '✓ Active', inactive: '◷ Inactive', canceled: '✕ Canceled' };

export interface CardsPanelProps {
  readonly data: CardsAndCardholderQuery | undefined;
  readonly loading: boolean;
  readonly error: Error | undefined;
  readonly onRetry: () => void;
  readonly selectedCard: string | undefined;
  readonly onSelectCard: (cardId: string | undefined) => void;
}

/** The cardholder's cards (brand, last4, expiry, status); any one can narrow the page. */
export function CardsPanel({ data, loading, error, onRetry, selectedCard, onSelectCard }: CardsPanelProps) {
  const cards: Card[] = data?.users[0]?.cardholder?.cards ?? [];
  let body;
  if (loading && !data) body = <Skeleton variant="rounded" height={72} />;
  else if (error && !data) body = <ErrorState what="your cards" error={error} onRetry={onRetry} />;
  else if (cards.length === 0) body = <Typography color="text.secondary">No cards yet.</Typography>;
  else {
    body = (
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(220px, 1fr))' } }}>
        {cards.map((card) => {
          const selected = card.id === selectedCard;
          const expiry = `${String(card.exp_month ?? '').padStart(2, '0')}/${String(card.exp_year ?? '').slice(-2)}`;
          return (
            <Box component="li" key={card.id} sx={{ border: selected ? 2 : 1, borderColor: selected ? 'primary.main' : 'divider', borderRadius: 1, p: 1.5 }}>
              <Typography sx={{ fontWeight: 500 }}>
                {card.brand ?? 'Card'} •••• {card.last4}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {`Expires ${expiry} · ${card.type ?? ''} · ${STATUS[card.status ?? ''] ?? card.status ?? ''}`}
              </Typography>
              <Button size="small" aria-pressed={selected} onClick={() => onSelectCard(selected ? undefined : (card.id ?? undefined))}>
                {selected ? 'Show all cards' : 'Only this card'}
              </Button>
            </Box>
          );
        })}
      </Box>
    );
  }
  return <Panel title="Cards">{body}</Panel>;
}
