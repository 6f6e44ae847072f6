import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen, listAndRecord } from '../../lib/featureScreen';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';

export const agreementsScreens: Screen[] = [
  featureScreen('agreements', {
    path: '/registers/agreements',
    element: listAndRecord(AgreementsPage, AgreementPage),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <HandshakeOutlinedIcon />, order: 40 },
  }),
];
