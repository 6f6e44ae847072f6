import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { SettingsPage } from './SettingsPage';

export const settingsScreens: Screen[] = [
  {
    path: '/admin/settings',
    title: () => text('settings', 'screenTitle'),
    description: () => text('settings', 'screenDescription'),
    element: <SettingsPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <SettingsOutlinedIcon />, order: 40 },
  },
];
