import { namespace } from '../../shared/i18n/translate';

/** The shell around the screens: the account menu, navigation, the page not found. */
export const shellText = namespace(
  {
    accountOf: 'Account of {{name}}',
    changePassword: 'Change password',
    lockNow: 'Lock now',
    signOut: 'Sign out',
    mainNavigation: 'Main navigation',
    sectionWork: 'Work',
    sectionRegisters: 'Registers',
    sectionAdministration: 'Administration',
    notFoundTitle: 'This page does not exist',
    notFoundText: 'The link may be out of date.',
    notFoundBack: 'Back to the start page',
  },
  {
    accountOf: 'Kontoen til {{name}}',
    changePassword: 'Bytt passord',
    lockNow: 'Lås nå',
    signOut: 'Logg ut',
    mainNavigation: 'Hovedmeny',
    sectionWork: 'Arbeid',
    sectionRegisters: 'Registre',
    sectionAdministration: 'Administrasjon',
    notFoundTitle: 'Denne siden finnes ikke',
    notFoundText: 'Lenken kan være utdatert.',
    notFoundBack: 'Tilbake til startsiden',
  },
);
