import type { peopleChannels } from '../../../shared/people/contract';
import type { Handlers } from '../handler';
import { languageOf } from './report';
import { makeAccessReport, makeAccessReportForCase } from './report-service';
import { findPerson } from './service';

export const peopleHandlers: Handlers<keyof typeof peopleChannels> = {
  'people.find': (input, ctx) => findPerson(ctx, input.query),
  'people.report': (input, ctx) => makeAccessReport(ctx, input.selection, languageOf(ctx, input.language)),
  'people.reportToCase': (input, ctx) =>
    makeAccessReportForCase(ctx, input.caseId, input.selection, languageOf(ctx, input.language)),
};
