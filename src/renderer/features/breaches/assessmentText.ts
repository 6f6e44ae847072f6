import { namespace } from '../../../shared/i18n/translate';

/** The risk assessment: its panel, its consequences and the DPO's dialog. */
export const breachAssessmentText = namespace(
  {
    consequence_none_controller:
      'Datatilsynet need not be notified; the decision and its reasons are recorded (Art. 33(1), 33(5)).',
    consequence_none_processor: 'We still tell each customer; the customer decides what to notify.',
    consequence_none_both:
      'Datatilsynet need not be notified for our own data (the decision and its reasons are recorded); we still tell each customer.',
    consequence_risk_controller: 'Notify Datatilsynet within 72 hours of becoming aware.',
    consequence_risk_processor: 'Tell each customer; our assessment helps it decide.',
    consequence_risk_both: 'Notify Datatilsynet within 72 hours for our own data, and tell each customer.',
    consequence_high_controller:
      'Notify Datatilsynet, and tell the people affected without undue delay unless Art. 34(3) applies: a clock runs from this assessment.',
    consequence_high_processor: 'Tell each customer at once: it must consider telling the people affected.',
    consequence_high_both:
      'Notify Datatilsynet and tell the people whose data is ours without undue delay (a clock runs from this assessment); tell each customer at once.',
    riskAssessment: 'Risk assessment',
    riskAssessmentHelp:
      'How likely and how severe the consequences for the people affected are, considering the data, how many, who could misuse it, and what was done. Only the data protection officer assesses.',
    reasons: 'Reasons',
    whyNotNotified: 'Why Datatilsynet is not notified',
    assessedBy: 'Assessed by {{name}}, {{time}}',
    notAssessedYet: 'Not assessed yet. The clock runs from awareness meanwhile.',
    reassess: 'Reassess',
    assessRisk: 'Assess the risk',
    onlyDpoAssesses: 'Only the data protection officer assesses a breach.',
    assessTitle: 'Assess breach {{number}}',
    specialMakesHigh: 'The breach involves special categories of data, which usually makes the risk high. ',
    weighGuidance:
      'Weigh the kind and amount of data, how easily people can be identified, the severity of the consequences and the measures already taken (EDPB guidelines 9/2022).',
    riskToPeople: 'Risk to the people affected',
    reasonsForAssessment: 'Reasons for the assessment',
    noNotifyHelp: 'The decision not to notify is documented with its reasons (Art. 33(5))',
    saveAssessment: 'Save assessment',
    assessedNotice: 'Breach {{number}} was assessed: {{risk}}.',
  },
  {
    consequence_none_controller:
      'Datatilsynet trenger ikke varsles; beslutningen og begrunnelsen dokumenteres (art. 33 nr. 1 og nr. 5).',
    consequence_none_processor: 'Vi varsler likevel hver kunde; kunden avgjør hva som skal meldes.',
    consequence_none_both:
      'Datatilsynet trenger ikke varsles for våre egne opplysninger (beslutningen og begrunnelsen dokumenteres); vi varsler likevel hver kunde.',
    consequence_risk_controller:
      'Meld fra til Datatilsynet innen 72 timer etter at vi ble kjent med bruddet.',
    consequence_risk_processor: 'Varsle hver kunde; vår vurdering hjelper kunden å avgjøre.',
    consequence_risk_both:
      'Meld fra til Datatilsynet innen 72 timer for våre egne opplysninger, og varsle hver kunde.',
    consequence_high_controller:
      'Meld fra til Datatilsynet, og varsle de berørte uten ugrunnet opphold med mindre art. 34 nr. 3 gjelder: en frist løper fra denne vurderingen.',
    consequence_high_processor: 'Varsle hver kunde med en gang: kunden må vurdere å varsle de berørte.',
    consequence_high_both:
      'Meld fra til Datatilsynet og varsle personene med opplysninger hos oss uten ugrunnet opphold (en frist løper fra denne vurderingen); varsle hver kunde med en gang.',
    riskAssessment: 'Risikovurdering',
    riskAssessmentHelp:
      'Hvor sannsynlige og hvor alvorlige konsekvensene er for de berørte, ut fra opplysningene, hvor mange det gjelder, hvem som kan misbruke dem og hva som er gjort. Bare personvernombudet vurderer.',
    reasons: 'Begrunnelse',
    whyNotNotified: 'Hvorfor Datatilsynet ikke varsles',
    assessedBy: 'Vurdert av {{name}}, {{time}}',
    notAssessedYet: 'Ikke vurdert ennå. Fristen løper fra da vi ble kjent med bruddet i mellomtiden.',
    reassess: 'Vurder på nytt',
    assessRisk: 'Vurder risikoen',
    onlyDpoAssesses: 'Bare personvernombudet vurderer et avvik.',
    assessTitle: 'Vurder avvik {{number}}',
    specialMakesHigh:
      'Avviket gjelder særlige kategorier av personopplysninger, og da er risikoen vanligvis høy. ',
    weighGuidance:
      'Vei hva slags og hvor mye opplysninger det gjelder, hvor lett personene kan identifiseres, hvor alvorlige konsekvensene er og tiltakene som allerede er truffet (EDPBs retningslinjer 9/2022).',
    riskToPeople: 'Risiko for de berørte',
    reasonsForAssessment: 'Begrunnelse for vurderingen',
    noNotifyHelp: 'Beslutningen om ikke å melde fra dokumenteres med begrunnelse (art. 33 nr. 5)',
    saveAssessment: 'Lagre vurderingen',
    assessedNotice: 'Avvik {{number}} er vurdert: {{risk}}.',
  },
);
