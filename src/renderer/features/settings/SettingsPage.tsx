import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  FormControlLabel,
  InputAdornment,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { SettingDefinition } from '../../../shared/settings/define';
import {
  settingDefinitions,
  settingKeys,
  type SettingKey,
  type Settings,
} from '../../../shared/settings/definitions';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage, useT } from '../../i18n';
import { formatCount } from '../../lib/format';
import { settingsText } from './text';
import { useSettingsQuery, useUpdateSettingsMutation } from './settingsApi';

type Draft = Record<SettingKey, string | boolean>;

function toDraft(settings: Settings): Draft {
  return Object.fromEntries(
    settingKeys.map((key) => [
      key,
      typeof settings[key] === 'boolean' ? settings[key] : String(settings[key]),
    ]),
  ) as Draft;
}

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

const groups = [...new Set(settingKeys.map((key) => settingDefinitions[key].group))];

/** A group's or unit's word in the person's language; the definition's English when the namespace lacks it. */
function useSettingWords() {
  const language = useLanguage();
  const words: Readonly<Record<string, string>> = settingsText[language];
  return (key: string, fallback: string) => words[key] ?? fallback;
}

function SettingsForm({ saved }: { saved: Settings }) {
  const t = useT('settings');
  const word = useSettingWords();
  const dispatch = useAppDispatch();
  const [update, { isLoading: saving }] = useUpdateSettingsMutation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const changed = settingKeys.filter((key) => draft[key] !== toDraft(saved)[key]);

  const save = async () => {
    const patch: Record<string, number | boolean | string> = {};
    const errors: Partial<Record<SettingKey, string>> = {};
    for (const key of changed) {
      const value = draft[key];
      if (typeof value === 'boolean') patch[key] = value;
      else if (settingDefinitions[key].kind === 'text') patch[key] = value;
      else if (!/^-?\d+$/.test(value.trim())) errors[key] = t('wholeNumber');
      else patch[key] = Number(value);
    }
    setFieldErrors(errors);
    setSaveError(null);
    if (Object.keys(errors).length > 0) return;
    const result = await update(patch as Partial<Settings>);
    if ('error' in result && result.error) {
      const apiError = result.error as { message: string; issues?: Array<{ path: string; message: string }> };
      const byField: Partial<Record<SettingKey, string>> = {};
      for (const issue of apiError.issues ?? []) byField[issue.path as SettingKey] = issue.message;
      setFieldErrors(byField);
      if (!apiError.issues?.length) setSaveError(apiError.message);
      return;
    }
    dispatch(notice(t('saved')));
  };

  return (
    <>
      <PageHeader
        title={t('screenTitle')}
        subtitle={t('subtitle')}
        actions={
          <>
            <Button
              disabled={changed.length === 0}
              onClick={() => {
                setDraft(toDraft(saved));
                setFieldErrors({});
              }}
            >
              {t('discardChanges')}
            </Button>
            <Button variant="contained" disabled={changed.length === 0 || saving} onClick={save}>
              {changed.length > 0 ? t('saveCount', { count: changed.length }) : t('save')}
            </Button>
          </>
        }
      />
      {saveError && <Alert severity="error">{saveError}</Alert>}
      {
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
                    .map((key) => {
                      const definition = settingDefinitions[key] as SettingDefinition;
                      const value = draft[key];
                      const label = t(`${key}:label`);
                      const unit =
                        definition.kind === 'integer' ? word(`unit:${definition.unit}`, definition.unit) : '';
                      const shownDefault =
                        definition.kind === 'boolean'
                          ? t(definition.default ? 'on' : 'off')
                          : definition.kind === 'integer'
                            ? `${formatCount(definition.default)} ${unit}`
                            : definition.default;
                      return (
                        <Box key={key}>
                          {definition.kind === 'boolean' ? (
                            <FormControlLabel
                              control={
                                <Switch
                                  checked={value === true}
                                  onChange={(event) => setDraft({ ...draft, [key]: event.target.checked })}
                                />
                              }
                              label={label}
                            />
                          ) : definition.kind === 'text' ? (
                            <TextField
                              label={label}
                              value={value}
                              onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
                              error={!!fieldErrors[key]}
                              helperText={fieldErrors[key]}
                              multiline={definition.multiline === true}
                              minRows={definition.multiline ? 3 : undefined}
                              sx={{ maxWidth: definition.multiline ? 760 : 520 }}
                              slotProps={{ htmlInput: { maxLength: definition.maxLength } }}
                            />
                          ) : (
                            <TextField
                              label={label}
                              value={value}
                              onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
                              error={!!fieldErrors[key]}
                              helperText={
                                fieldErrors[key] ??
                                `${formatCount(definition.min)}–${formatCount(definition.max)} ${unit}`
                              }
                              sx={{ maxWidth: 360 }}
                              slotProps={{
                                htmlInput: { inputMode: 'numeric' },
                                input: {
                                  endAdornment: <InputAdornment position="end">{unit}</InputAdornment>,
                                },
                              }}
                            />
                          )}
                          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                            {t(`${key}:help`)}
                            {definition.kind === 'text' && definition.multiline
                              ? ''
                              : ` ${t('defaultIs', { value: shownDefault })}`}
                          </Typography>
                        </Box>
                      );
                    })}
                </Stack>
              </CardContent>
            </Card>
          ))}
        </Stack>
      }
    </>
  );
}
