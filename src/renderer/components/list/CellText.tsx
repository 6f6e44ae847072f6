import { Box, Tooltip, Typography } from '@mui/material';
import { type ReactNode, useState } from 'react';

/**
 * Text of a grid cell or a narrow list: one line each, cut with an ellipsis where the column is too
 * narrow, and the whole of it in a tooltip then (never cut to a word without a way to read the rest).
 */
export function CellText({
  primary,
  primaryText,
  secondary,
  strong,
}: {
  primary: ReactNode;
  /** The words of `primary` for the tooltip, when it holds more than text (a chip, an icon). */
  primaryText?: string;
  secondary?: ReactNode;
  strong?: boolean;
}) {
  const [cut, setCut] = useState(false);
  const full = [primaryText ?? primary, secondary].filter(
    (part) => typeof part === 'string' || typeof part === 'number',
  );
  const measure = (element: HTMLElement) => {
    const lines = Array.from(element.children) as HTMLElement[];
    setCut(lines.some((line) => line.scrollWidth > line.clientWidth + 1));
  };
  return (
    <Tooltip title={cut && full.length > 0 ? full.join(' · ') : ''} placement="bottom-start" arrow={false}>
      <Box
        sx={{ minWidth: 0, width: '100%', lineHeight: 1.3, py: 0.5 }}
        onMouseEnter={(event) => measure(event.currentTarget)}
        onFocus={(event) => measure(event.currentTarget)}
      >
        <Typography variant="body2" noWrap sx={{ fontWeight: strong ? 600 : undefined }}>
          {primary}
        </Typography>
        {secondary !== undefined && secondary !== null && secondary !== '' && (
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {secondary}
          </Typography>
        )}
      </Box>
    </Tooltip>
  );
}
