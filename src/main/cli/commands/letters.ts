import fs from 'node:fs';
import {
  caseLetterChoices,
  type LetterChoice,
  replyOutcomes,
  type ReplyOutcome,
} from '../../../shared/letters/rules';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';

type CaseChoice = (typeof caseLetterChoices)[number];

function isCaseChoice(value: string): value is CaseChoice {
  return (caseLetterChoices as readonly string[]).includes(value);
}

function isOutcome(value: string): value is ReplyOutcome {
  return (replyOutcomes as readonly string[]).includes(value);
}

/** `nb` or `en` (checked here, so the command file needs no zod at the top). */
export function languageOption(value: string | undefined): 'nb' | 'en' {
  if (value === undefined) return 'en';
  if (value !== 'nb' && value !== 'en')
    throw new UsageError(`--lang "${value}": choose nb (bokmål) or en (English).`);
  return value;
}

export const lettersRenderCommand: CliCommand = {
  words: ['letters', 'render'],
  usage: `letters render --case NUMBER --kind ${caseLetterChoices.join('|')} [--outcome ${replyOutcomes.join('|')}] [--lang nb|en] --out FILE.pdf`,
  summary:
    'A letter of a case as a PDF, filled in from the case as it stands, in bokmål or English (default en). ' +
    "A reply follows the closed case's outcome; give --outcome for a case still open. Values the case does " +
    'not hold yet are left as [Fill in: …] and listed. Nothing is recorded on the case and nothing is sent; ' +
    'reading the case for it is audited.',
  options: {
    case: { type: 'string' },
    kind: { type: 'string' },
    outcome: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  },
  run: async ({ core: open, io, values }) => {
    const number = stringOption(values, 'case');
    if (!number) throw new UsageError('Give the case number with --case, e.g. --case 2026-0042.');
    const kind = stringOption(values, 'kind');
    if (!kind || !isCaseChoice(kind as LetterChoice))
      throw new UsageError(`Choose --kind ${caseLetterChoices.join(', ')}.`);
    const outcomeText = stringOption(values, 'outcome');
    if (outcomeText !== undefined && !isOutcome(outcomeText))
      throw new UsageError(`--outcome "${outcomeText}": choose ${replyOutcomes.join(', ')}.`);
    const language = languageOption(stringOption(values, 'lang'));
    const out = stringOption(values, 'out');
    if (!out) throw new UsageError('Give the file to write with --out FILE.pdf.');
    if (!out.toLowerCase().endsWith('.pdf')) throw new UsageError('--out must name a .pdf file.');
    const [{ runAsSystem }, { findCaseIdByNumber }, { renderCaseLetter }, { notFound }] = await Promise.all([
      import('../../core/core'),
      import('../../core/cases/repository'),
      import('../../core/letters/service'),
      import('../../core/errors'),
    ]);
    const letter = await runAsSystem(
      await open(),
      'cli:letters.render',
      async (ctx) => {
        const id = await findCaseIdByNumber(ctx.db, number);
        if (id === undefined) throw notFound('Case', number);
        return renderCaseLetter(ctx, {
          owner: 'case',
          ownerId: id,
          choice: kind as CaseChoice,
          language,
          ...(outcomeText ? { outcome: outcomeText as ReplyOutcome } : {}),
        });
      },
      cliActor(),
    );
    fs.writeFileSync(out, letter.pdf);
    io.out(`wrote ${out}`);
    if (letter.gaps.length > 0) io.err(`Still to fill in before it goes out: ${letter.gaps.join(', ')}.`);
    return 0;
  },
};
