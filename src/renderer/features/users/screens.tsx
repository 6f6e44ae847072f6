import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { UsersPage } from './UsersPage';

export const usersScreens: Screen[] = [
  featureScreen('users', {
    path: '/admin/users',
    element: <UsersPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <PeopleAltOutlinedIcon />, order: 10 },
  }),
];
