import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { LetterTemplatesPage } from './LetterTemplatesPage';

export const lettersScreens: Screen[] = [
  {
    path: '/admin/letters',
    title: () => text('letters', 'templatesTitle'),
    description: () => text('letters', 'screenDescription'),
    element: <LetterTemplatesPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <MailOutlineIcon />, order: 45 },
  },
];
