/**
 * Development sign-in (only under `npm start`; never in a production build): every user of the
 * database from the dev stack's loopback-only /dev/users, a dev token from /dev/token.
 * `?user=<uuid>` signs in as that user at once.
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { SignInProps } from '../sign-in-props';

const DEFAULT_USER_ID = '332787f1-1814-47e1-870e-2b9be86d1533';

interface DevUser {
  readonly id: string;
  readonly email: string | null;
  readonly name: string | null;
}

function isDevUser(value: unknown): value is DevUser {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}

async function fetchUsers(): Promise<DevUser[]> {
  const response = await fetch('/dev/users');
  if (!response.ok) throw new Error(`GET /dev/users answered ${response.status}`);
  const body: unknown = await response.json();
  const users = typeof body === 'object' && body !== null && 'users' in body && Array.isArray(body.users) ? body.users : [];
  return users.filter(isDevUser);
}

async function fetchToken(userId: string): Promise<string> {
  const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok || typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') {
    const reason = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : `status ${response.status}`;
    throw new Error(`POST /dev/token failed: ${reason}`);
  }
  return body.token;
}

// `?user=` signs in by itself once per page load; after "Switch user" the list is shown instead.
let arrivalSignInDone = false;

function labelOf(user: DevUser): string {
  return user.name && user.email ? `${user.name} <${user.email}>` : (user.email ?? user.name ?? user.id);
}

function setUserParam(userId: string | undefined): void {
  const params = new URLSearchParams(window.location.search);
  if (userId) params.set('user', userId);
  else params.delete('user');
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}

/** Lists every user; signs in as the chosen one with a 12-hour dev token. */
export default function DevSignIn({ session }: SignInProps) {
  const requested = new URLSearchParams(window.location.search).get('user') ?? undefined;
  const [users, setUsers] = useState<DevUser[] | undefined>(undefined);
  const [chosen, setChosen] = useState<string>(requested ?? DEFAULT_USER_ID);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const signInAs = async (userId: string, known: readonly DevUser[] | undefined): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const token = await fetchToken(userId);
      const user = known?.find((candidate) => candidate.id === userId);
      setUserParam(userId);
      session.signIn(token, user ? labelOf(user) : userId);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  };

  useEffect(() => {
    fetchUsers()
      .then((list) => {
        setUsers(list);
        if (requested && !arrivalSignInDone) {
          arrivalSignInDone = true;
          void signInAs(requested, list);
        }
      })
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
    // Once per mount: ?user= signs in automatically only on arrival, not again when the chosen
    // user or the sign-in callback change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Container maxWidth="sm" sx={{ py: 4 }}>
      <Paper variant="outlined" sx={{ p: 3 }} component="form" onSubmit={(event) => { event.preventDefault(); void signInAs(chosen, users); }}>
        <Typography component="h1" variant="h5" gutterBottom>
          Sign in (development)
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          Pick any user of the local database. Only `npm start` offers this; a production build signs in with OIDC.
        </Typography>
        {error ? <Alert severity="error" sx={{ my: 1 }}>{error}</Alert> : null}
        {users === undefined ? (
          <Skeleton variant="rounded" height={120} />
        ) : (
          <RadioGroup name="user" value={chosen} onChange={(event) => setChosen(event.target.value)} aria-label="Users">
            {users.map((user) => (
              <FormControlLabel key={user.id} value={user.id} control={<Radio />} label={labelOf(user)} />
            ))}
          </RadioGroup>
        )}
        <Button type="submit" variant="contained" disabled={busy || users === undefined} sx={{ mt: 2 }}>
          Sign in
        </Button>
      </Paper>
    </Container>
  );
}
