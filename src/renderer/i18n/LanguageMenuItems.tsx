import CheckIcon from '@mui/icons-material/Check';
import { ListItemIcon, ListItemText, ListSubheader, MenuItem } from '@mui/material';
import { languageNames, languages, type Language } from '../../shared/i18n/languages';
import { useChooseLanguage } from './useChooseLanguage';
import { useLanguage, useT } from '.';

/** The language choice inside a menu: each language named in itself, the current one ticked. */
export function LanguageMenuItems({ onChosen }: { onChosen?: (language: Language) => void }) {
  const t = useT('common');
  const current = useLanguage();
  const choose = useChooseLanguage();
  return [
    <ListSubheader key="heading">{t('language')}</ListSubheader>,
    ...languages.map((language) => (
      <MenuItem
        key={language}
        lang={language}
        selected={language === current}
        onClick={() => {
          void choose(language);
          onChosen?.(language);
        }}
      >
        <ListItemIcon>{language === current && <CheckIcon fontSize="small" />}</ListItemIcon>
        <ListItemText>{languageNames[language]}</ListItemText>
      </MenuItem>
    )),
  ];
}
