import { Chip, Tooltip, type SxProps } from '@mui/material';
import type { ReactElement } from 'react';

/**
 * A small outlined chip that flags something about a record (restricted, a transfer without a valid
 * basis, special categories): an icon and a word as well as a colour, and with `why` a tooltip that
 * says why.
 */
export function FlagChip({
  color,
  icon,
  label,
  why,
  sx,
}: {
  color: 'error' | 'warning';
  icon: ReactElement;
  label: string;
  why?: string;
  sx?: SxProps;
}) {
  const chip = <Chip size="small" color={color} variant="outlined" icon={icon} label={label} sx={sx} />;
  return why === undefined ? chip : <Tooltip title={why}>{chip}</Tooltip>;
}
