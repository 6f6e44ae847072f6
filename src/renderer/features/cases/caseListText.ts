import { namespace } from '../../../shared/i18n/translate';

/** The case list, and the screens' descriptions. */
export const caseListText = namespace(
  {
    casesSubtitle:
      'Rights requests from intake to a lawful reply. Due dates follow Art. 12(3): one month from the day of receipt, moved to the next Norwegian working day; "due soon" means {{days}} days or fewer.',
    export: 'Export',
    searchCases: 'Search number, name, e-mail, phone',
    status: 'Status',
    requestType: 'Request type',
    anyone: 'Anyone',
    either: 'Either',
    dueFrom: 'Due from',
    dueTo: 'Due to',
    colRequest: 'Request',
    colReceived: 'Received',
    colDue: 'Due',
    colStatus: 'Status',
    colIdentity: 'Identity',
    colHandler: 'Handler',
    colPriority: 'Priority',
    closedLower: 'closed',
    extendedSuffix: 'extended',
    noCaseMatches: 'No case matches these filters',
    noOpenCases: 'No open cases',
    clearToSeeAll: 'Clear the filters to see every open case.',
    noOpenCasesHelp:
      'When a rights request arrives, open a case with “New case”, or from the inquiry that logged it.',
    screenCasesDescription:
      'Rights requests from intake to a lawful reply on time, with identity verification.',
    screenRestrictionsDescription:
      'Processing restricted at a person’s request (Art. 18), until lifted after telling the person.',
    screenChecklistsDescription: 'How identity is checked for each channel and request type.',
  },
  {
    casesSubtitle:
      'Henvendelser om rettigheter fra mottak til et lovlig svar. Fristene følger art. 12 nr. 3: én måned fra mottaksdagen, flyttet til neste norske virkedag; «snart frist» betyr {{days}} dager eller færre.',
    export: 'Eksporter',
    searchCases: 'Søk på nummer, navn, e-post, telefon',
    status: 'Status',
    requestType: 'Type henvendelse',
    anyone: 'Alle',
    either: 'Begge',
    dueFrom: 'Frist fra',
    dueTo: 'Frist til',
    colRequest: 'Henvendelse',
    colReceived: 'Mottatt',
    colDue: 'Frist',
    colStatus: 'Status',
    colIdentity: 'Identitet',
    colHandler: 'Saksbehandler',
    colPriority: 'Prioritet',
    closedLower: 'avsluttet',
    extendedSuffix: 'forlenget',
    noCaseMatches: 'Ingen saker passer til filtrene',
    noOpenCases: 'Ingen åpne saker',
    clearToSeeAll: 'Fjern filtrene for å se alle åpne saker.',
    noOpenCasesHelp:
      'Når en henvendelse om rettigheter kommer inn, oppretter du en sak med «Ny sak», eller fra henvendelsen der den ble registrert.',
    screenCasesDescription:
      'Henvendelser om rettigheter fra mottak til et lovlig svar i tide, med identitetskontroll.',
    screenRestrictionsDescription:
      'Behandling som er begrenset etter krav fra personen (art. 18), til den oppheves etter at personen er informert.',
    screenChecklistsDescription: 'Hvordan identiteten kontrolleres for hver kanal og type henvendelse.',
  },
);
