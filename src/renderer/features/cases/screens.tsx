import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import type { Screen } from '../../app/screens';
import { listAndRecord } from '../../lib/featureScreen';
import { text } from '../../i18n';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { RestrictionsPage } from './RestrictionsPage';
import { TemplatesPage } from './TemplatesPage';

export const casesScreens: Screen[] = [
  {
    path: '/cases',
    title: () => text('cases', 'casesTitle'),
    description: () => text('cases', 'screenCasesDescription'),
    element: listAndRecord(CasesPage, CasePage),
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <GavelOutlinedIcon />, order: 20 },
  },
  {
    path: '/registers/restrictions',
    title: () => text('cases', 'restrictions'),
    description: () => text('cases', 'screenRestrictionsDescription'),
    element: <RestrictionsPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Registers', icon: <BlockOutlinedIcon />, order: 45 },
  },
  {
    path: '/admin/verification-checklists',
    title: () => text('cases', 'checklists'),
    description: () => text('cases', 'screenChecklistsDescription'),
    element: <TemplatesPage />,
    roles: ['admin', 'dpo'],
    nav: { section: 'Administration', icon: <FactCheckOutlinedIcon />, order: 35 },
  },
];
