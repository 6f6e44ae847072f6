import { namespace } from '../../../shared/i18n/translate';

/** A desk's first start: this computer or the office server. */
export const deskText = namespace(
  {
    welcome: 'Welcome to Privacy Desk',
    intro:
      'Choose where this desk keeps its data. You choose once; an administrator can change it later from the app’s menu.',
    where: 'Where this desk keeps its data',
    thisComputer: 'This computer only',
    thisComputerHint: 'A database on this computer, for one person at one desk. Nothing to set up.',
    office: 'Connect to the office server',
    officeHint: 'Every desk of the office works on the same inquiries, cases, breaches and agreements.',
    useThisComputer: 'Use this computer',
    serverAddress: 'Server address',
    serverAddressExample: 'https://privacy-desk.office.example:8443',
    serverAddressHint: 'As your administrator gave it, with the port.',
    serverAnswers: 'A Privacy Desk server answers at {{url}} ({{engine}}, schema {{schema}}).',
    compareFingerprint:
      'Compare its certificate fingerprint (SHA-256) with the one your administrator gave you:',
    unencrypted: 'This server is reached without encryption: only for a server on this computer.',
    fingerprintMatches: 'The fingerprint matches: connect',
    checkServer: 'Check the server',
  },
  {
    welcome: 'Velkommen til Privacy Desk',
    intro:
      'Velg hvor denne arbeidsplassen oppbevarer dataene sine. Du velger én gang; en administrator kan endre det senere fra programmets meny.',
    where: 'Hvor denne arbeidsplassen oppbevarer dataene sine',
    thisComputer: 'Bare denne datamaskinen',
    thisComputerHint:
      'En database på denne datamaskinen, for én person ved én arbeidsplass. Ingenting å sette opp.',
    office: 'Koble til kontorserveren',
    officeHint:
      'Alle arbeidsplassene på kontoret jobber med de samme henvendelsene, sakene, avvikene og avtalene.',
    useThisComputer: 'Bruk denne datamaskinen',
    serverAddress: 'Serveradresse',
    serverAddressExample: 'https://privacy-desk.kontor.example:8443',
    serverAddressHint: 'Slik administratoren ga deg den, med port.',
    serverAnswers: 'En Privacy Desk-server svarer på {{url}} ({{engine}}, skjema {{schema}}).',
    compareFingerprint: 'Sammenlign sertifikatets fingeravtrykk (SHA-256) med det administratoren ga deg:',
    unencrypted: 'Denne serveren nås uten kryptering: bare for en server på denne datamaskinen.',
    fingerprintMatches: 'Fingeravtrykket stemmer: koble til',
    checkServer: 'Kontroller serveren',
  },
);
