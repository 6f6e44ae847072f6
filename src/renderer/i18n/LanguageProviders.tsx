import { ThemeProvider, createTheme } from '@mui/material/styles';
import { enUS as coreEnglish, nbNO as coreBokmal } from '@mui/material/locale';
import { enUS as gridEnglish, nbNO as gridBokmal } from '@mui/x-data-grid/locales';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickersEnglish, nbNO as pickersBokmal } from '@mui/x-date-pickers/locales';
import { enGB, nb } from 'date-fns/locale';
import { useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/i18n/languages';
import { theme } from '../app/theme';
import { useLanguage } from '.';

const muiLocales = {
  nb: [coreBokmal, gridBokmal, pickersBokmal],
  en: [coreEnglish, gridEnglish, pickersEnglish],
} as const;

/** date-fns' locale names weekdays and months; the date format itself is dd.MM.yyyy in both. */
const dateLocales = { nb, en: enGB } satisfies Record<Language, unknown>;

/** MUI's own words (grid menus, date pickers, pagination) and the calendar in the person's language. */
export function LanguageProviders({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const localised = useMemo(() => createTheme(theme, ...muiLocales[language]), [language]);
  return (
    <ThemeProvider theme={localised}>
      <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={dateLocales[language]}>
        {children}
      </LocalizationProvider>
    </ThemeProvider>
  );
}
