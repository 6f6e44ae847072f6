import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import type { Screen } from '../../app/screens';
import { PeoplePage } from './PeoplePage';

export const peopleScreens: Screen[] = [
  {
    path: '/people',
    title: 'People',
    description: 'One person across every record the app holds, for an access or erasure request.',
    element: <PeoplePage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <PersonSearchOutlinedIcon />, order: 45 },
  },
];
