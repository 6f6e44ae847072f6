import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Menu } from '@mui/material';
import { useState } from 'react';
import { languageNames } from '../../shared/i18n/languages';
import { LanguageMenuItems } from './LanguageMenuItems';
import { useLanguage, useT } from '.';

/** The language choice where no account menu is (sign-in, first start, desk set-up, lock screen). */
export function LanguageButton() {
  const t = useT('common');
  const language = useLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        color="inherit"
        startIcon={<TranslateIcon fontSize="small" />}
        aria-label={`${t('language')}: ${languageNames[language]}`}
        aria-haspopup="menu"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {languageNames[language]}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <LanguageMenuItems onChosen={() => setAnchor(null)} />
      </Menu>
    </>
  );
}
