import { Autocomplete, Box, Chip, TextField } from '@mui/material';
import { countryCodes, countryName, transferStatus, type TransferStatus } from '../../shared/countries';

const statusLabel: Record<TransferStatus, string> = {
  eea: 'EEA',
  adequate: 'Adequacy',
  'partially-adequate': 'Partial adequacy',
  'third-country': 'Third country',
};

const options = [...countryCodes].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));

export function TransferStatusChip({ country }: { country: string }) {
  const status = transferStatus(country);
  const color = status === 'eea' ? 'success' : status === 'adequate' ? 'info' : 'warning';
  return <Chip size="small" variant="outlined" color={color} label={statusLabel[status]} />;
}

/** Pick a country by name; each option says whether sending data there is a transfer under Chapter V. */
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
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_event, code) => onChange(code)}
      getOptionLabel={(code) => countryName(code)}
      autoHighlight
      renderOption={({ key, ...props }, code) => (
        <Box
          component="li"
          key={key}
          {...props}
          sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}
        >
          <span>{countryName(code)}</span>
          <TransferStatusChip country={code} />
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label={label} error={error} helperText={helperText} />}
    />
  );
}
