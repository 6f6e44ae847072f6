import { namespace } from '../../../shared/i18n/translate';

/** The legal hold on a record's page: the control, its dialogs and the earlier holds (issue 13). */
export const legalHoldsText = namespace(
  {
    control: 'Legal hold',
    loading: 'Loading the legal holds',
    placeButton: 'Place legal hold…',
    placeTitle: 'Place a legal hold',
    placeIntro:
      'While the hold stands, the record is neither erased nor purged, and the before/after copies of its audit entries are kept: it is needed for legal claims (Art. 17(3)(e)). Lift it once the claim is settled.',
    reason: 'Reason',
    reasonHelp:
      'The claim it is kept for, e.g. a complaint to Datatilsynet or a lawsuit, with its reference.',
    place: 'Place hold',
    placedNotice: 'Legal hold placed',
    standingSince: 'Under legal hold since {{date}}',
    placedBy: 'Placed by {{by}}, {{at}}',
    liftButton: 'Lift…',
    liftTitle: 'Lift the legal hold',
    liftText:
      'Once the hold is lifted, the record can be erased and the retention purge treats it like any other. The hold stays in the list of earlier holds and in the audit log.',
    lift: 'Lift hold',
    liftedNotice: 'Legal hold lifted',
    earlier_one: 'Earlier hold',
    earlier_other: 'Earlier holds ({{count}})',
    period: '{{placed}} to {{lifted}}',
    people: 'Placed by {{placedBy}}, lifted by {{liftedBy}}',
  },
  {
    control: 'Rettslig tilbakehold',
    loading: 'Henter de rettslige tilbakeholdene',
    placeButton: 'Legg rettslig tilbakehold…',
    placeTitle: 'Legg et rettslig tilbakehold',
    placeIntro:
      'Så lenge tilbakeholdet står, blir posten verken slettet eller fjernet av lagringstiden, og kopiene før og etter i revisjonsloggen beholdes: den trengs for rettskrav (art. 17 nr. 3 bokstav e). Opphev det når kravet er avgjort.',
    reason: 'Begrunnelse',
    reasonHelp:
      'Kravet posten holdes tilbake for, f.eks. en klage til Datatilsynet eller et søksmål, med referanse.',
    place: 'Legg tilbakehold',
    placedNotice: 'Rettslig tilbakehold lagt',
    standingSince: 'Under rettslig tilbakehold siden {{date}}',
    placedBy: 'Lagt av {{by}}, {{at}}',
    liftButton: 'Opphev…',
    liftTitle: 'Opphev det rettslige tilbakeholdet',
    liftText:
      'Når tilbakeholdet er opphevet, kan posten slettes, og lagringstiden behandler den som alle andre. Tilbakeholdet står fortsatt i listen over tidligere tilbakehold og i revisjonsloggen.',
    lift: 'Opphev tilbakehold',
    liftedNotice: 'Rettslig tilbakehold opphevet',
    earlier_one: 'Tidligere tilbakehold',
    earlier_other: 'Tidligere tilbakehold ({{count}})',
    period: '{{placed}} til {{lifted}}',
    people: 'Lagt av {{placedBy}}, opphevet av {{liftedBy}}',
  },
);
