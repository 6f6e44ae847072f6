import { MenuItem, TextField } from '@mui/material';
import { useT } from '../../i18n';

export interface FilterOption {
  value: string;
  label: string;
}

/** Options from a list of values and their labels (`inquiryChannels`, `inquiryChannelLabels`). */
export function optionsOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): FilterOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/**
 * One filter of a list: a select whose first option is "any". `value` is the address's text, so an
 * option the list no longer offers shows as "any" rather than an empty box.
 */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
  anyLabel,
  width = 170,
}: {
  label: string;
  value: string | undefined;
  options: readonly FilterOption[];
  onChange: (value: string | null) => void;
  /** The first option, meaning no filter; null when the filter always has a value. */
  anyLabel?: string | null;
  width?: number;
}) {
  const t = useT('components');
  const any = anyLabel === undefined ? t('any') : anyLabel;
  const known = options.some((option) => option.value === value);
  return (
    <TextField
      select
      label={label}
      value={known ? value : any === null ? (options[0]?.value ?? '') : ''}
      onChange={(event) => onChange(event.target.value || null)}
      sx={{ width }}
      fullWidth={false}
    >
      {any !== null && <MenuItem value="">{any}</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
