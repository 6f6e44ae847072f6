import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { Screen } from '../../app/screens';
import { LetterTemplatesPage } from './LetterTemplatesPage';

export const lettersScreens: Screen[] = [
  {
    path: '/admin/letters',
    title: 'Letters',
    description: 'The letter templates in bokmål and English, with their merge fields and a preview.',
    element: <LetterTemplatesPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <MailOutlineIcon />, order: 45 },
  },
];
