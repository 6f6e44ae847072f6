import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import type { Screen } from '../../app/screens';
import { SettingsPage } from './SettingsPage';

export const settingsScreens: Screen[] = [
  {
    path: '/admin/settings',
    title: 'Settings',
    description: 'Deadlines, retention periods, session lock and other policies.',
    element: <SettingsPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <SettingsOutlinedIcon />, order: 40 },
  },
];
