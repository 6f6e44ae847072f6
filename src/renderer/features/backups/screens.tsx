import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { BackupsPage } from './BackupsPage';

export const backupsScreens: Screen[] = [
  {
    path: '/admin/backups',
    title: () => text('backups', 'screenTitle'),
    description: () => text('backups', 'screenDescription'),
    element: <BackupsPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <BackupOutlinedIcon />, order: 50 },
  },
];
