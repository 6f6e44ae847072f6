import { namespace } from '../../../shared/i18n/translate';

/** Customers and suppliers: the list, an organisation’s page and its dialog. */
export const organisationsText = namespace(
  {
    screenTitle: "Customers and suppliers",
    screenDescription: "The companies we work for and the suppliers who process data for us.",
  },
  {
    screenTitle: "Kunder og leverandører",
    screenDescription: "Selskapene vi jobber for, og leverandørene som behandler opplysninger for oss.",
  },
);
