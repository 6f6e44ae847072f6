import ComputerIcon from '@mui/icons-material/Computer';
import DnsIcon from '@mui/icons-material/Dns';
import { Alert, Box, Button, FormControlLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { deskChannels, type DeskStatus, type ServerProbe } from '../../../shared/desk/contract';
import { callApi } from '../../app/api';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
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
  const { control, field, handleSubmit, formState, formError, setFormError, settle } = useChannelForm(
    deskChannels['desk.probe'].input,
    { url: '' },
  );
  // The answer of the server at the address as it was typed when checked: typing another hides it.
  const [checked, setChecked] = useState<{ typed: string; probe: ServerProbe } | null>(null);
  const typed = useWatch({ control, name: 'url' });
  const probe = checked?.typed === typed ? checked.probe : null;
  const [choosing, setChoosing] = useState(false);
  const busy = choosing || formState.isSubmitting;

  const chooseThisComputer = async () => {
    setChoosing(true);
    const result = settle(await callApi('desk.useThisComputer', {}));
    setChoosing(false);
    if (result.ok) onReady(result.data);
  };

  const checkOrConnect = handleSubmit(async (values) => {
    if (!probe) {
      const result = settle(await callApi('desk.probe', values));
      if (result.ok) setChecked({ typed, probe: result.data });
      return;
    }
    const result = settle(await callApi('desk.connect', { url: probe.url, fingerprint: probe.fingerprint }));
    if (result.ok) onReady(result.data);
  });

  return (
    <AuthLayout title={t('welcome')} subtitle={t('intro')}>
      <Stack spacing={2}>
        <FormError message={formError} />
        <RadioGroup
          aria-label={t('where')}
          value={choice}
          onChange={(event) => {
            setChoice(event.target.value as Choice);
            setFormError(null);
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
          <Box component="form" noValidate onSubmit={checkOrConnect}>
            <Stack spacing={2}>
              <FormTextField
                {...field('url')}
                label={t('serverAddress')}
                placeholder={t('serverAddressExample')}
                autoFocus
                helperText={t('serverAddressHint')}
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
                    <Button onClick={() => setChecked(null)} disabled={busy}>
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
