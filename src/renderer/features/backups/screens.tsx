import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import type { Screen } from '../../app/screens';
import { BackupsPage } from './BackupsPage';

export const backupsScreens: Screen[] = [
  {
    path: '/admin/backups',
    title: 'Backups',
    description: 'The daily copies of the database and its files; restore one.',
    element: <BackupsPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <BackupOutlinedIcon />, order: 50 },
  },
];
