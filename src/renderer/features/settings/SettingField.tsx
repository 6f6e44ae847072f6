import { Box, InputAdornment, Typography } from '@mui/material';
import type { Control } from 'react-hook-form';
import type { SettingDefinition } from '../../../shared/settings/define';
import { settingDefinitions, type SettingKey, type Settings } from '../../../shared/settings/definitions';
import { fieldBinder, FormTextField } from '../../components/form';
import { FormNumberField } from '../../components/form/FormNumberField';
import { FormSwitch } from '../../components/form/FormSwitch';
import { useLanguage, useT } from '../../i18n';
import { formatCount } from '../../lib/format';
import { settingsText } from './text';

/** A group's or unit's word in the person's language; the definition's English when the namespace lacks it. */
export function useSettingWords() {
  const language = useLanguage();
  const words: Readonly<Record<string, string>> = settingsText[language];
  return (key: string, fallback: string) => words[key] ?? fallback;
}

/** One setting drawn from its definition: a switch, a text or a whole number, with its help and default. */
export function SettingField({ control, name }: { control: Control<Settings>; name: SettingKey }) {
  const t = useT('settings');
  const field = fieldBinder(control);
  const word = useSettingWords();
  const definition = settingDefinitions[name] as SettingDefinition;
  const label = t(`${name}:label`);
  const unit = definition.kind === 'integer' ? word(`unit:${definition.unit}`, definition.unit) : '';
  const shownDefault =
    definition.kind === 'boolean'
      ? t(definition.default ? 'on' : 'off')
      : definition.kind === 'integer'
        ? `${formatCount(definition.default)} ${unit}`
        : definition.default;
  return (
    <Box>
      {definition.kind === 'boolean' ? (
        <FormSwitch {...field(name)} label={label} />
      ) : definition.kind === 'text' ? (
        <FormTextField
          {...field(name)}
          label={label}
          multiline={definition.multiline === true}
          minRows={definition.multiline ? 3 : undefined}
          sx={{ maxWidth: definition.multiline ? 760 : 520 }}
          slotProps={{ htmlInput: { maxLength: definition.maxLength } }}
        />
      ) : (
        <FormNumberField
          {...field(name)}
          label={label}
          helperText={`${formatCount(definition.min)}–${formatCount(definition.max)} ${unit}`}
          sx={{ maxWidth: 360 }}
          slotProps={{ input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } }}
        />
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t(`${name}:help`)}
        {definition.kind === 'text' && definition.multiline
          ? ''
          : ` ${t('defaultIs', { value: shownDefault })}`}
      </Typography>
    </Box>
  );
}
