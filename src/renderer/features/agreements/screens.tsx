import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';

export const agreementsScreens: Screen[] = [
  {
    path: '/registers/agreements',
    title: () => text('agreements', 'screenTitle'),
    description: () => text('agreements', 'screenDescription'),
    element: (
      <Routes>
        <Route index element={<AgreementsPage />} />
        <Route path=":id" element={<AgreementPage />} />
      </Routes>
    ),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <HandshakeOutlinedIcon />, order: 40 },
  },
];
