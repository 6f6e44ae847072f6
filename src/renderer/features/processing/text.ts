import { namespace } from '../../../shared/i18n/translate';

/** The record of processing activities (Art. 30): the list, an activity and its dialog. */
export const processingText = namespace(
  {
    screenTitle: "Processing activities",
    screenDescription: "The record of processing activities (Art. 30), as controller and for each customer as processor.",
  },
  {
    screenTitle: "Behandlingsaktiviteter",
    screenDescription: "Protokollen over behandlingsaktiviteter (art. 30), som behandlingsansvarlig og for hver kunde som databehandler.",
  },
);
