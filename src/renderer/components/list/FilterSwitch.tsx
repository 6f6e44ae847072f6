import { FormControlLabel, Switch, type SxProps, type Theme } from '@mui/material';

/** A list's filter that is on or off (show the inactive, the archived): a switch and its label. */
export function FilterSwitch({
  label,
  checked,
  onChange,
  sx,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  sx?: SxProps<Theme>;
}) {
  return (
    <FormControlLabel
      control={<Switch checked={checked} onChange={(event) => onChange(event.target.checked)} />}
      label={label}
      sx={sx}
    />
  );
}
