import { namespace } from '../translate';

/** Why a record matched a person search, and the lines the core words for its results (`corePeople:<key>`). */
export const corePeople = namespace(
  {
    email: 'e-mail address',
    phone: 'phone number',
    name: 'name',
    reference: 'customer reference',
    words: 'the words of the inquiry',
    viaInquiry: 'its inquiry {{number}}',
    contactPoint: 'contact point',
    contactPerson: "contact person's {{why}}",
    fileName: 'file name',
    attachedToCase: 'attached to case {{id}}',
    attachedToBreach: 'attached to breach {{id}}',
    attachedToOrganisation: 'attached to organisation {{id}}',
    attachedToAgreement: 'attached to agreement {{id}}',
    auditEntry: 'Entry {{id}}',
  },
  {
    email: 'e-postadresse',
    phone: 'telefonnummer',
    name: 'navn',
    reference: 'kundereferanse',
    words: 'ordene i henvendelsen',
    viaInquiry: 'henvendelsen {{number}}',
    contactPoint: 'kontaktpunkt',
    contactPerson: 'kontaktpersonens {{why}}',
    fileName: 'filnavn',
    attachedToCase: 'vedlegg til sak {{id}}',
    attachedToBreach: 'vedlegg til avvik {{id}}',
    attachedToOrganisation: 'vedlegg til organisasjon {{id}}',
    attachedToAgreement: 'vedlegg til avtale {{id}}',
    auditEntry: 'Oppføring {{id}}',
  },
);
