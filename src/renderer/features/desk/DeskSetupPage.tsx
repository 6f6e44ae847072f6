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
import { text, useT } from '../../i18n';
import { AuthLayout } from '../auth/AuthLayout';

type Choice = 'this-computer' | 'office';

/**
 * First start of a desk: where its data lives. On this computer (one person, zero setup), or on the
 * office server, whose certificate fingerprint the person compares with the administrator's before
 * it is pinned for good.
 */
export function DeskSetupPage({ onReady }: { onReady(status: DeskStatus): void }) {
  const t = useT('desk');
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
    <AuthLayout title={t('welcome')} subtitle={t('intro')}>
      <Stack spacing={2}>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <RadioGroup
          aria-label={t('where')}
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
                  <ComputerIcon fontSize="small" aria-hidden /> {t('thisComputer')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('thisComputerHint')}
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
                  <DnsIcon fontSize="small" aria-hidden /> {t('office')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('officeHint')}
                </Typography>
              </Box>
            }
          />
        </RadioGroup>

        {choice === 'this-computer' ? (
          <Button variant="contained" onClick={() => void chooseThisComputer()} disabled={busy}>
            {t('useThisComputer')}
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
                label={t('serverAddress')}
                placeholder={t('serverAddressExample')}
                value={address}
                autoFocus
                onChange={(event) => {
                  setAddress(event.target.value);
                  setProbe(null);
                  setAddressError(null);
                }}
                error={addressError !== null}
                helperText={addressError ?? t('serverAddressHint')}
              />
              {probe && (
                <Alert severity={probe.fingerprint ? 'info' : 'warning'} aria-live="polite">
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    {t('serverAnswers', {
                      url: probe.url,
                      engine: probe.engine === 'postgresql' ? 'PostgreSQL' : 'SQLite',
                      schema: probe.schema,
                    })}
                  </Typography>
                  {probe.fingerprint ? (
                    <>
                      <Typography variant="body2">{t('compareFingerprint')}</Typography>
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
                    <Typography variant="body2">{t('unencrypted')}</Typography>
                  )}
                </Alert>
              )}
              <Stack direction="row" spacing={1}>
                {probe ? (
                  <>
                    <Button type="submit" variant="contained" disabled={busy}>
                      {t('fingerprintMatches')}
                    </Button>
                    <Button onClick={() => setProbe(null)} disabled={busy}>
                      {text('common', 'back')}
                    </Button>
                  </>
                ) : (
                  <Button type="submit" variant="contained" disabled={busy}>
                    {t('checkServer')}
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
