import { namespace } from '../../../shared/i18n/translate';

/** The start page: the greeting, and an agent's own inquiries and follow-ups. */
export const homeText = namespace(
  {
    screenTitle: 'Start',
    datePattern: 'EEEE d MMMM yyyy',
    goodMorning: 'Good morning, {{name}}',
    goodDay: 'Good day, {{name}}',
    goodEvening: 'Good evening, {{name}}',
    dashboardIntro:
      'Every deadline that matters: rights requests, breach clocks, agreement reviews and follow-ups.',
    agentIntro: 'Your inquiries and the follow-ups that are due.',
    yourInquiries: 'Your inquiries',
    showAll: 'Show all {{count}}',
    followUpOn: 'Follow up {{date}}',
    logInquiry: 'Log an inquiry (Ctrl+N)',
    followUpsDue: 'Follow-ups due',
    noFollowUpDue: 'No follow-up is due. Well done.',
    yourOpenInquiries: 'Your open inquiries',
    noOpenInquiries: 'You have no open inquiries.',
  },
  {
    screenTitle: 'Start',
    datePattern: 'EEEE d. MMMM yyyy',
    goodMorning: 'God morgen, {{name}}',
    goodDay: 'God dag, {{name}}',
    goodEvening: 'God kveld, {{name}}',
    dashboardIntro:
      'Alle frister som betyr noe: rettighetsforespørsler, avviksfrister, avtalegjennomganger og oppfølginger.',
    agentIntro: 'Henvendelsene dine og oppfølgingene som har forfalt.',
    yourInquiries: 'Dine henvendelser',
    showAll: 'Vis alle {{count}}',
    followUpOn: 'Følg opp {{date}}',
    logInquiry: 'Loggfør en henvendelse (Ctrl+N)',
    followUpsDue: 'Oppfølginger som har forfalt',
    noFollowUpDue: 'Ingen oppfølging har forfalt. Bra jobbet.',
    yourOpenInquiries: 'Dine åpne henvendelser',
    noOpenInquiries: 'Du har ingen åpne henvendelser.',
  },
);
