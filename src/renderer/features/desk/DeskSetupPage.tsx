import ComputerIcon from '@mui/icons-material/Computer';
import DnsIcon from '@mui/icons-material/Dns';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { DeskStatus, ServerProbe } from '../../../shared/desk/contract';
import { callApi } from '../../app/api';
import { AuthLayout } from '../auth/AuthLayout';

type Choice = 'this-computer' | 'office';

/**
 * First start of a desk: where its data lives. On this computer (one person, zero setup), or on the
 * office server, whose certificate fingerprint the person compares with the administrator's before
 * it is pinned for good.
 */
export function DeskSetupPage({ onReady }: { onReady(status: DeskStatus): void }) {
  const [choice, setChoice] = useState<Choice>('this-computer');
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const [probe, setProbe] = useState<ServerProbe | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const chooseThisComputer = () =>
    run(async () => {
      const result = await callApi('desk.useThisComputer', {});
      if (result.ok) onReady(result.data);
      else setError(result.error.message);
    });

  const check = () =>
    run(async () => {
      setProbe(null);
      setAddressError(null);
      const result = await callApi('desk.probe', { url: address });
      if (result.ok) setProbe(result.data);
      else if (result.error.code === 'INVALID_INPUT')
        setAddressError(result.error.issues?.[0]?.message ?? result.error.message);
      else setError(result.error.message);
    });

  const connect = () =>
    run(async () => {
      if (!probe) return;
      const result = await callApi('desk.connect', { url: probe.url, fingerprint: probe.fingerprint });
      if (result.ok) onReady(result.data);
      else setError(result.error.message);
    });

  return (
    <AuthLayout
      title="Welcome to Privacy Desk"
      subtitle="Choose where this desk keeps its data. You choose once; an administrator can change it later from the app’s menu."
    >
      <Stack spacing={2}>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <RadioGroup
          aria-label="Where this desk keeps its data"
          value={choice}
          onChange={(event) => {
            setChoice(event.target.value as Choice);
            setError(null);
          }}
        >
          <FormControlLabel
            value="this-computer"
            control={<Radio />}
            label={
              <Box sx={{ py: 1 }}>
                <Typography sx={{ display: 'flex', gap: 1, alignItems: 'center', fontWeight: 500 }}>
                  <ComputerIcon fontSize="small" aria-hidden /> This computer only
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  A database on this computer, for one person at one desk. Nothing to set up.
                </Typography>
              </Box>
            }
          />
          <FormControlLabel
            value="office"
            control={<Radio />}
            label={
              <Box sx={{ py: 1 }}>
                <Typography sx={{ display: 'flex', gap: 1, alignItems: 'center', fontWeight: 500 }}>
                  <DnsIcon fontSize="small" aria-hidden /> Connect to the office server
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  Every desk of the office works on the same inquiries, cases, breaches and agreements.
                </Typography>
              </Box>
            }
          />
        </RadioGroup>

        {choice === 'this-computer' ? (
          <Button variant="contained" onClick={() => void chooseThisComputer()} disabled={busy}>
            Use this computer
          </Button>
        ) : (
          <Box
            component="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void (probe ? connect() : check());
            }}
          >
            <Stack spacing={2}>
              <TextField
                label="Server address"
                placeholder="https://privacy-desk.office.example:8443"
                value={address}
                autoFocus
                onChange={(event) => {
                  setAddress(event.target.value);
                  setProbe(null);
                  setAddressError(null);
                }}
                error={addressError !== null}
                helperText={addressError ?? 'As your administrator gave it, with the port.'}
              />
              {probe && (
                <Alert severity={probe.fingerprint ? 'info' : 'warning'} aria-live="polite">
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    A Privacy Desk server answers at <strong>{probe.url}</strong> (
                    {probe.engine === 'postgresql' ? 'PostgreSQL' : 'SQLite'}, schema {probe.schema}).
                  </Typography>
                  {probe.fingerprint ? (
                    <>
                      <Typography variant="body2">
                        Compare its certificate fingerprint (SHA-256) with the one your administrator gave
                        you:
                      </Typography>
                      <Typography
                        variant="body2"
                        component="code"
                        sx={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all', mt: 0.5 }}
                        data-testid="fingerprint"
                      >
                        {probe.fingerprint}
                      </Typography>
                    </>
                  ) : (
                    <Typography variant="body2">
                      This server is reached without encryption: only for a server on this computer.
                    </Typography>
                  )}
                </Alert>
              )}
              <Stack direction="row" spacing={1}>
                {probe ? (
                  <>
                    <Button type="submit" variant="contained" disabled={busy}>
                      The fingerprint matches: connect
                    </Button>
                    <Button onClick={() => setProbe(null)} disabled={busy}>
                      Back
                    </Button>
                  </>
                ) : (
                  <Button type="submit" variant="contained" disabled={busy}>
                    Check the server
                  </Button>
                )}
              </Stack>
            </Stack>
          </Box>
        )}
      </Stack>
    </AuthLayout>
  );
}
