import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';

/**
 * The one way to enter a calendar date (YYYY-MM-DD in the contract): typed or picked the Norwegian
 * way, dd.mm.yyyy, with MUI X's date picker. Every date field of every form uses it.
 */
export function CalendarDateField({
  label,
  value,
  onChange,
  error,
  helperText,
  min,
  max,
  required,
  width,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: boolean;
  helperText?: string;
  min?: string;
  max?: string;
  required?: boolean;
  width?: number;
}) {
  return (
    <DatePicker
      label={label}
      format="dd.MM.yyyy"
      value={value ? parseISO(value) : null}
      onChange={(date) => onChange(date && isValid(date) ? format(date, 'yyyy-MM-dd') : null)}
      minDate={min ? parseISO(min) : undefined}
      maxDate={max ? parseISO(max) : undefined}
      slotProps={{
        textField: {
          size: 'small',
          fullWidth: !width,
          required,
          error,
          helperText,
          sx: width ? { width } : undefined,
        },
        field: { clearable: !required },
      }}
    />
  );
}
