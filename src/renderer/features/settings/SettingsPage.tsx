import { Box, Button, Card, CardContent, CardHeader, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { settingsSchema } from '../../../shared/settings/contract';
import { settingDefinitions, settingKeys, type Settings } from '../../../shared/settings/definitions';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormError, useChannelForm } from '../../components/form';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { SettingField, useSettingWords } from './SettingField';
import { useSettingsQuery, useUpdateSettingsMutation } from './settingsApi';

/** Every policy setting of the app, generated from the shared definitions; the core validates each value. */
export function SettingsPage() {
  const { data, error } = useSettingsQuery({});
  return (
    <>
      <ErrorAlert error={error} />
      {data && <SettingsForm key={JSON.stringify(data)} saved={data} />}
    </>
  );
}

// The contract types its schema by its output only; what the form holds is that same shape.
const settingsForm = settingsSchema as z.ZodType<Settings, Settings>;

const groups = [...new Set(settingKeys.map((key) => settingDefinitions[key].group))];

/**
 * The settings as one form over the contract's own schema (so a value out of range is explained
 * under its field, as the core would); Save sends only what changed.
 */
function SettingsForm({ saved }: { saved: Settings }) {
  const t = useT('settings');
  const word = useSettingWords();
  const dispatch = useAppDispatch();
  const [update] = useUpdateSettingsMutation();
  const { control, handleSubmit, formState, formError, reset, settle } = useChannelForm(settingsForm, saved, {
    mode: 'onSubmit',
  });
  const values = useWatch({ control });
  const changed = settingKeys.filter((key) => values[key] !== saved[key]);

  const save = handleSubmit(async (valid) => {
    const patch = Object.fromEntries(changed.map((key) => [key, valid[key]])) as Partial<Settings>;
    if (settle(await update(patch)).ok) dispatch(notice(t('saved')));
  });

  return (
    <Box component="form" noValidate onSubmit={save}>
      <PageHeader
        title={t('screenTitle')}
        subtitle={t('subtitle')}
        actions={
          <>
            <Button disabled={changed.length === 0} onClick={() => reset()}>
              {t('discardChanges')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={changed.length === 0 || formState.isSubmitting}
            >
              {changed.length > 0 ? t('saveCount', { count: changed.length }) : t('save')}
            </Button>
          </>
        }
      />
      <FormError message={formError} />
      <Stack spacing={2} sx={{ maxWidth: 820 }}>
        {groups.map((group) => (
          <Card key={group}>
            <CardHeader
              title={word(`group:${group}`, group)}
              slotProps={{ title: { variant: 'h6', component: 'h2' } }}
            />
            <CardContent sx={{ pt: 0 }}>
              <Stack spacing={2.5}>
                {settingKeys
                  .filter((key) => settingDefinitions[key].group === group)
                  .map((key) => (
                    <SettingField key={key} control={control} name={key} />
                  ))}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
