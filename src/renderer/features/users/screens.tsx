import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import type { Screen } from '../../app/screens';
import { UsersPage } from './UsersPage';

export const usersScreens: Screen[] = [
  {
    path: '/admin/users',
    title: 'Users',
    description: 'Add colleagues, change roles, reset passwords, deactivate accounts.',
    element: <UsersPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <PeopleAltOutlinedIcon />, order: 10 },
  },
];
