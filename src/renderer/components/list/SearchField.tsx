import { InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

/** How long typing must pause before the list asks again. */
export const searchDelayMs = 300;

/**
 * A search box that owns its text: every keystroke stays in the field, and the list (the address,
 * the request) follows it once typing pauses, at once on Enter or when the field is left. What the
 * address says is written back into the field only while it does not have the focus (Back, a link,
 * "Clear filters"), never under the person's fingers.
 */
export function SearchField({
  value,
  onSearch,
  label,
  placeholder,
  width = 280,
}: {
  /** The search the list shows now (from the address). */
  value: string | undefined;
  onSearch: (text: string | null) => void;
  label?: string;
  placeholder?: string;
  width?: number;
}) {
  const t = useT('components');
  const [text, setText] = useState(value ?? '');
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const sent = useRef(value ?? '');
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  useEffect(() => {
    sent.current = value ?? '';
    if (!focused.current) setText(value ?? '');
  }, [value]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const send = (next: string) => {
    window.clearTimeout(timer.current);
    if (next === sent.current) return;
    sent.current = next;
    latest.current(next === '' ? null : next);
  };

  return (
    <TextField
      label={label ?? t('search')}
      placeholder={placeholder}
      type="search"
      value={text}
      autoComplete="off"
      fullWidth={false}
      sx={{ width }}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        send(text);
      }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => send(next), searchDelayMs);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') send(text);
      }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
