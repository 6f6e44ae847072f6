import { namespace } from '../translate';

/** The retention preview's rules and the reasons records past their time are kept (`coreRetention:<key>`). */
export const coreRetention = namespace(
  {
    inquiry_one: 'Closed more than {{count}} month ago (before {{date}}), or deleted',
    inquiry_other: 'Closed more than {{count}} months ago (before {{date}}), or deleted',
    attachment: 'Removed from its record (the file is deleted too)',
    case_one:
      "Closed more than {{count}} year ago (before {{date}}): the person's details are replaced, the statistics kept",
    case_other:
      "Closed more than {{count}} years ago (before {{date}}): the person's details are replaced, the statistics kept",
    breach_one:
      'Closed more than {{count}} year ago (before {{date}}): the description and contact point are replaced, dates and numbers kept',
    breach_other:
      'Closed more than {{count}} years ago (before {{date}}): the description and contact point are replaced, dates and numbers kept',
    agreement_one: 'Ended more than {{count}} year ago (before {{date}}), with their documents',
    agreement_other: 'Ended more than {{count}} years ago (before {{date}}), with their documents',
    auditPayload_one:
      'Written more than {{count}} year ago (before {{date}}): the before/after copies go, the entry stays in the chain',
    auditPayload_other:
      'Written more than {{count}} years ago (before {{date}}): the before/after copies go, the entry stays in the chain',
    inCase: 'Belongs to a case: kept with the case',
    inBreach: 'Belongs to a breach: kept with the breach record',
    evidence: "An agreement's security evidence: kept with the agreement",
    legalHold: 'Under a legal hold (Art. 17(3)(e))',
    bookkeeping: 'Bookkeeping material: kept until 5 years after the end of its financial year',
    aboutLegalHold: 'About a record under a legal hold (Art. 17(3)(e))',
  },
  {
    inquiry_one: 'Lukket for mer enn {{count}} måned siden (før {{date}}), eller slettet',
    inquiry_other: 'Lukket for mer enn {{count}} måneder siden (før {{date}}), eller slettet',
    attachment: 'Fjernet fra posten sin (filen slettes også)',
    case_one:
      'Lukket for mer enn {{count}} år siden (før {{date}}): personens opplysninger erstattes, statistikken beholdes',
    case_other:
      'Lukket for mer enn {{count}} år siden (før {{date}}): personens opplysninger erstattes, statistikken beholdes',
    breach_one:
      'Lukket for mer enn {{count}} år siden (før {{date}}): beskrivelsen og kontaktpunktet erstattes, datoer og tall beholdes',
    breach_other:
      'Lukket for mer enn {{count}} år siden (før {{date}}): beskrivelsen og kontaktpunktet erstattes, datoer og tall beholdes',
    agreement_one: 'Avsluttet for mer enn {{count}} år siden (før {{date}}), med dokumentene sine',
    agreement_other: 'Avsluttet for mer enn {{count}} år siden (før {{date}}), med dokumentene sine',
    auditPayload_one:
      'Skrevet for mer enn {{count}} år siden (før {{date}}): før/etter-kopiene fjernes, oppføringen blir stående i kjeden',
    auditPayload_other:
      'Skrevet for mer enn {{count}} år siden (før {{date}}): før/etter-kopiene fjernes, oppføringen blir stående i kjeden',
    inCase: 'Hører til en sak: beholdes med saken',
    inBreach: 'Hører til et avvik: beholdes med avviksregistreringen',
    evidence: 'Sikkerhetsdokumentasjon for en avtale: beholdes med avtalen',
    legalHold: 'Under rettslig tilbakehold (art. 17 nr. 3 bokstav e)',
    bookkeeping: 'Regnskapsmateriale: beholdes til 5 år etter utgangen av regnskapsåret',
    aboutLegalHold: 'Om en post under rettslig tilbakehold (art. 17 nr. 3 bokstav e)',
  },
);
