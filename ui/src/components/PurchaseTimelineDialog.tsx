import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { PurchaseTimelineDocument, type PurchaseTimelineQuery } from '../gql/graphql';
import type { ActivityEntry } from '../domain/activity-entry';
import { declineReasonText } from '../domain/outcome';
import { formatDateTime } from '../format/dates';
import { formatMoney, toMinor } from '../format/money';
import { ErrorState } from './ErrorState';

interface Step {
  readonly at: string;
  readonly text: string;
}

type Authorization = NonNullable<PurchaseTimelineQuery['authorizations_by_pk']>;

const FINAL: Record<string, string> = {
  closed: 'Closed',
  reversed: 'Reversed: the hold was released without a charge',
  expired: 'Expired: the hold lapsed without a capture',
};

/** The steps of one purchase, oldest first. */
export function timelineSteps(auth: Authorization): Step[] {
  const currency = auth.currency ?? 'usd';
  const amount = formatMoney(toMinor(auth.amount), currency);
  const created = auth.created_at ?? '';
  const steps: Step[] = [{ at: created, text: `Requested ${amount} at ${auth.merchant_name ?? 'the merchant'} (${auth.authorization_method ?? 'unknown method'})` }];
  steps.push(
    auth.approved
      ? { at: created, text: `Approved: ${amount} held on the card` }
      : { at: created, text: `Declined: ${declineReasonText(auth.decline_reason)}` },
  );
  for (const transaction of auth.transactions) {
    const money = formatMoney(Math.abs(toMinor(transaction.amount)), transaction.currency ?? currency);
    steps.push({ at: transaction.created_at ?? '', text: transaction.type === 'refund' ? `Refunded ${money}` : `Captured ${money}` });
  }
  const final = auth.status ? FINAL[auth.status] : undefined;
  if (auth.approved && final && auth.status !== 'closed') steps.push({ at: auth.updated_at ?? created, text: final });
  if (auth.approved && auth.status === 'pending') steps.push({ at: auth.updated_at ?? created, text: 'Still pending: the hold remains until captured, reversed or expired' });
  return steps;
}

export interface PurchaseTimelineDialogProps {
  readonly entry: ActivityEntry;
  readonly onClose: () => void;
}

/** One purchase's timeline: request, decision (with its reason), captures, refunds, reversal or expiry. */
export function PurchaseTimelineDialog({ entry, onClose }: PurchaseTimelineDialogProps) {
  // A transaction opens the purchase it settled, when it names one (a period's captures do).
  const authorizationId = entry.kind === 'authorization' ? entry.id : entry.authorization_id;
  const { data, loading, error, refetch } = useQuery(PurchaseTimelineDocument, { variables: { id: authorizationId ?? '' }, skip: !authorizationId });
  const missing = !authorizationId || (data !== undefined && !data.authorizations_by_pk);
  let body;
  if (missing && entry.kind === 'transaction') {
    const money = formatMoney(Math.abs(toMinor(entry.amount)), entry.currency ?? 'usd');
    body = <Typography>{`${entry.transaction_type === 'refund' ? 'Refunded' : 'Captured'} ${money} on ${entry.occurred_at ? formatDateTime(entry.occurred_at) : 'an unknown date'}, without an authorization on record.`}</Typography>;
  } else if (loading && !data) body = <Skeleton variant="rounded" height={120} />;
  else if (error && !data) body = <ErrorState what="this purchase" error={error} onRetry={() => void refetch()} />;
  else if (!data?.authorizations_by_pk) body = <Typography>This purchase is no longer available.</Typography>;
  else {
    body = (
      <ol>
        {timelineSteps(data.authorizations_by_pk).map((step, index) => (
          <li key={index}>
            <Typography variant="body2" color="text.secondary">
              {step.at ? formatDateTime(step.at) : ''}
            </Typography>
            <Typography>{step.text}</Typography>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby="timeline-title" fullWidth maxWidth="sm">
      <DialogTitle id="timeline-title">{entry.merchant_name ?? 'Purchase'}</DialogTitle>
      <DialogContent>{body}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
