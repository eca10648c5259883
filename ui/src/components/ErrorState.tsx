import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

export interface ErrorStateProps {
  readonly what: string;
  readonly error: Error;
  readonly onRetry: () => void;
}

/** A failed load, said in words, with a way to try again. */
export function ErrorState({ what, error, onRetry }: ErrorStateProps) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      Could not load {what}: {error.message}
    </Alert>
  );
}
