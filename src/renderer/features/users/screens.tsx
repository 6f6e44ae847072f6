import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { UsersPage } from './UsersPage';

export const usersScreens: Screen[] = [
  {
    path: '/admin/users',
    title: () => text('users', 'screenTitle'),
    description: () => text('users', 'screenDescription'),
    element: <UsersPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <PeopleAltOutlinedIcon />, order: 10 },
  },
];
