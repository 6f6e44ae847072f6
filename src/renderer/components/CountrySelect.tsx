import { Autocomplete, Box, Chip, TextField } from '@mui/material';
import { useMemo } from 'react';
import { countryCodes, transferStatus, type TransferStatus } from '../../shared/countries';
import { intlLocales } from '../../shared/i18n/languages';
import { useLanguage, useT } from '../i18n';
import { formatCountry } from '../lib/format';

const statusKey = {
  eea: 'transferEea',
  adequate: 'transferAdequate',
  'partially-adequate': 'transferPartiallyAdequate',
  'third-country': 'transferThirdCountry',
} as const satisfies Record<TransferStatus, string>;

export function TransferStatusChip({ country }: { country: string }) {
  const t = useT('components');
  const status = transferStatus(country);
  const color = status === 'eea' ? 'success' : status === 'adequate' ? 'info' : 'warning';
  return <Chip size="small" variant="outlined" color={color} label={t(statusKey[status])} />;
}

/**
 * Pick a country by name in the person's language; each option says whether sending data there is
 * a transfer under Chapter V.
 */
export function CountrySelect({
  label,
  value,
  onChange,
  error,
  helperText,
}: {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: boolean;
  helperText?: string;
}) {
  const language = useLanguage();
  const options = useMemo(
    () =>
      [...countryCodes].sort((a, b) =>
        formatCountry(a).localeCompare(formatCountry(b), intlLocales[language]),
      ),
    [language],
  );
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_event, code) => onChange(code)}
      getOptionLabel={(code) => formatCountry(code)}
      autoHighlight
      renderOption={({ key, ...props }, code) => (
        <Box
          component="li"
          key={key}
          {...props}
          sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}
        >
          <span>{formatCountry(code)}</span>
          <TransferStatusChip country={code} />
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label={label} error={error} helperText={helperText} />}
    />
  );
}
