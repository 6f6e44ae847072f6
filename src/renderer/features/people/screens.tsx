import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { PeoplePage } from './PeoplePage';

export const peopleScreens: Screen[] = [
  {
    path: '/people',
    title: () => text('people', 'screenTitle'),
    description: () => text('people', 'screenDescription'),
    element: <PeoplePage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <PersonSearchOutlinedIcon />, order: 45 },
  },
];
