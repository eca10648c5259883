import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useColorScheme } from '@mui/material/styles';

export interface AppShellProps {
  readonly user: string | undefined;
  readonly onSwitchUser: (() => void) | undefined;
  readonly switchLabel: string;
  readonly children: ReactNode;
}

/** The app bar (title, who is signed in, theme, switch user) above the page. */
export function AppShell({ user, onSwitchUser, switchLabel, children }: AppShellProps) {
  const { mode, systemMode, setMode } = useColorScheme();
  const current = mode === 'system' ? systemMode : mode;
  const next = current === 'dark' ? 'light' : 'dark';
  return (
    <>
      <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Typography component="h1" variant="h6" sx={{ flexGrow: 1 }}>
            Card activity
          </Typography>
          {user ? (
            <Typography variant="body2" data-testid="signed-in-user" sx={{ maxWidth: { xs: 160, sm: 'none' } }} noWrap>
              {user}
            </Typography>
          ) : null}
          <Button size="small" onClick={() => setMode(next)} aria-label={`Use the ${next} theme`}>
            {next === 'dark' ? 'Dark theme' : 'Light theme'}
          </Button>
          {onSwitchUser ? (
            <Button size="small" variant="outlined" onClick={onSwitchUser}>
              {switchLabel}
            </Button>
          ) : null}
        </Toolbar>
      </AppBar>
      <Box component="main">{children}</Box>
    </>
  );
}
