import type {
  Derogation,
  EndOfProcessing,
  SecurityResult,
  SpecialCategory,
  TransferBasis,
  TransferDirection,
} from '../../agreements/rules';
import type { LegalBasis } from '../../processing/rules';
import { vocabulary } from './labels';

/**
 * The registers' stored values in words (agreements and the record of processing): the screens
 * (`useLabels('securityResult')`), the exports and the processing PDF print the same labels.
 */

export const specialCategory = vocabulary<SpecialCategory>(
  {
    'racial-ethnic-origin': 'Racial or ethnic origin',
    'political-opinions': 'Political opinions',
    'religious-beliefs': 'Religious or philosophical beliefs',
    'trade-union': 'Trade union membership',
    genetic: 'Genetic data',
    biometric: 'Biometric data to identify a person',
    health: 'Health',
    'sex-life': 'Sex life or sexual orientation',
    criminal: 'Criminal convictions and offences (Art. 10)',
  },
  {
    'racial-ethnic-origin': 'Rasemessig eller etnisk opprinnelse',
    'political-opinions': 'Politisk oppfatning',
    'religious-beliefs': 'Religion eller livssyn',
    'trade-union': 'Fagforeningsmedlemskap',
    genetic: 'Genetiske opplysninger',
    biometric: 'Biometriske opplysninger for å identifisere en person',
    health: 'Helse',
    'sex-life': 'Seksuelle forhold eller seksuell legning',
    criminal: 'Straffedommer og lovovertredelser (art. 10)',
  },
);

export const legalBasis = vocabulary<LegalBasis>(
  {
    '6-1-a': 'Consent (Art. 6(1)(a))',
    '6-1-b': 'A contract with the person, or steps before one (Art. 6(1)(b))',
    '6-1-c': 'A legal obligation (Art. 6(1)(c))',
    '6-1-d': 'Vital interests (Art. 6(1)(d))',
    '6-1-e': 'A task in the public interest (Art. 6(1)(e))',
    '6-1-f': 'Legitimate interests (Art. 6(1)(f))',
  },
  {
    '6-1-a': 'Samtykke (art. 6 nr. 1 bokstav a)',
    '6-1-b': 'En avtale med personen, eller tiltak før en avtale (art. 6 nr. 1 bokstav b)',
    '6-1-c': 'En rettslig forpliktelse (art. 6 nr. 1 bokstav c)',
    '6-1-d': 'Vitale interesser (art. 6 nr. 1 bokstav d)',
    '6-1-e': 'En oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav e)',
    '6-1-f': 'Berettigede interesser (art. 6 nr. 1 bokstav f)',
  },
);

export const transferDirection = vocabulary<TransferDirection>(
  {
    'controller-controller': 'Controller to controller',
    'controller-processor': 'Controller to processor',
    'processor-processor': 'Processor to processor (a sub-processor)',
    'processor-controller': 'Processor back to its controller',
  },
  {
    'controller-controller': 'Behandlingsansvarlig til behandlingsansvarlig',
    'controller-processor': 'Behandlingsansvarlig til databehandler',
    'processor-processor': 'Databehandler til databehandler (en underleverandør)',
    'processor-controller': 'Databehandler tilbake til sin behandlingsansvarlige',
  },
);

export const sccModule = vocabulary<'1' | '2' | '3' | '4'>(
  {
    '1': 'Module 1: controller to controller',
    '2': 'Module 2: controller to processor',
    '3': 'Module 3: processor to processor',
    '4': 'Module 4: processor to controller',
  },
  {
    '1': 'Modul 1: behandlingsansvarlig til behandlingsansvarlig',
    '2': 'Modul 2: behandlingsansvarlig til databehandler',
    '3': 'Modul 3: databehandler til databehandler',
    '4': 'Modul 4: databehandler til behandlingsansvarlig',
  },
);

export const derogation = vocabulary<Derogation>(
  {
    consent: '(a) Explicit consent after being told of the risks',
    contract: '(b) Necessary for a contract with the person',
    'contract-interest': '(c) Necessary for a contract in the person’s interest',
    'public-interest': '(d) Important reasons of public interest',
    'legal-claims': '(e) Legal claims',
    'vital-interests': '(f) Vital interests',
    'public-register': '(g) From a public register',
    'compelling-interests': 'Second subparagraph: compelling legitimate interests, occasional',
  },
  {
    consent: '(a) Uttrykkelig samtykke etter å ha fått vite om risikoen',
    contract: '(b) Nødvendig for en avtale med personen',
    'contract-interest': '(c) Nødvendig for en avtale i personens interesse',
    'public-interest': '(d) Viktige allmenne interesser',
    'legal-claims': '(e) Rettskrav',
    'vital-interests': '(f) Vitale interesser',
    'public-register': '(g) Fra et offentlig register',
    'compelling-interests': 'Annet ledd: tvingende berettigede interesser, enkeltstående',
  },
);

export const transferBasisShort = vocabulary<TransferBasis>(
  { adequacy: 'Adequacy', scc: 'SCC', bcr: 'BCR', derogation: 'Art. 49' },
  { adequacy: 'Tilstrekkelighet', scc: 'SCC', bcr: 'BCR', derogation: 'Art. 49' },
);

export const securityResult = vocabulary<SecurityResult>(
  {
    adequate: 'At least our level of security',
    'actions-needed': 'Our level once agreed actions are done',
    inadequate: 'Below our level of security',
  },
  {
    adequate: 'Minst vårt sikkerhetsnivå',
    'actions-needed': 'Vårt nivå når avtalte tiltak er gjennomført',
    inadequate: 'Under vårt sikkerhetsnivå',
  },
);

export const endOfProcessing = vocabulary<EndOfProcessing>(
  {
    returned: 'All data returned to the controller',
    deleted: 'All data deleted',
    retained: 'Kept because the law requires storage (Art. 28(3)(g))',
  },
  {
    returned: 'Alle opplysninger levert tilbake til den behandlingsansvarlige',
    deleted: 'Alle opplysninger slettet',
    retained: 'Beholdt fordi loven krever lagring (art. 28 nr. 3 bokstav g)',
  },
);
