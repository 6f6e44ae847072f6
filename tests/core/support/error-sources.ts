import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The messages the core can send, read from its source: what services throw (`ruleViolation`,
 * `conflict`, `forbidden`, `invalidField`, `issue`, `new AppError`), the issues they build
 * (`message:`), and what the contract's schemas say (`error:`, `message:`, `.min(n, '…')`, …).
 * Each is given as the sentences it can be: a `${…}` becomes a hole (`⟨1⟩`, `⟨2⟩`, …) and a
 * choice between literal texts (`a ? 'x' : 'y'`) is followed into each text.
 */
export interface FoundMessage {
  /** `file:line` of the message. */
  where: string;
  /** The message's source text. */
  source: string;
  /**
   * A sentence, a word that stands inside one (`notFound('Case')`, `requiredText('Name')`), or a
   * key of the `errors` namespace (`{ key: 'caseClosed', params }`).
   */
  kind: 'message' | 'term' | 'key';
  /** The sentences (with holes) or words it can be; empty when it is not written out where it is used. */
  texts: string[];
}

const root = join(__dirname, '..', '..', '..');

const messageArgument: Readonly<Record<string, number>> = {
  ruleViolation: 0,
  conflict: 0,
  forbidden: 0,
  invalidField: 1,
  issue: 1,
};
/** The services' and the schemas' functions that take a word of `errorTerms` (always the first argument). */
const coreTerms = new Set(['notFound', 'notFoundInCase']);
// the contracts' `const reason = (label) => requiredText(label, …)` too
const sharedTerms = new Set(['requiredText', 'optionalText', 'reason']);
/** Functions whose returned texts are thrown as messages (`ruleViolation(refusal)`). */
const messageFunctions = /(Refusal|PasswordReason)$|^faultMessage$/;
/** zod's methods whose last argument may be the message. */
const zodMethods = new Set([
  'min',
  'max',
  'length',
  'regex',
  'int',
  'refine',
  'nonempty',
  'email',
  'positive',
]);

export const hole = (index: number) => `⟨${index}⟩`;

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** The file's `const NAME = '…'` texts, by name. */
type Constants = ReadonlyMap<string, ts.Expression>;

/** The texts an expression can be, or null when it is not written out here. */
function textsOf(node: ts.Expression, constants: Constants = new Map()): string[] | null {
  const constant = ts.isIdentifier(node) ? constants.get(node.text) : undefined;
  if (constant) return textsOf(constant);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return textsOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) {
    const yes = textsOf(node.whenTrue);
    const no = textsOf(node.whenFalse);
    return yes && no ? [...yes, ...no] : null;
  }
  if (ts.isTemplateExpression(node)) {
    let texts = [node.head.text];
    let holes = 0;
    for (const span of node.templateSpans) {
      // A choice between literal texts inside a template is followed; anything else is a hole.
      const inner = ts.isConditionalExpression(span.expression) ? textsOf(span.expression) : null;
      const parts = inner ?? [hole(++holes)];
      texts = texts.flatMap((text) => parts.map((part) => text + part + span.literal.text));
    }
    return texts;
  }
  return null;
}

/**
 * The key of a message written as `{ key: '…', params }`: the key, null for an object whose key
 * is not written out (checked where it is built), undefined for anything else.
 */
function keyOf(node: ts.Expression): string[] | null | undefined {
  if (ts.isConditionalExpression(node)) {
    const [yes, no] = [keyOf(node.whenTrue), keyOf(node.whenFalse)];
    return yes && no ? [...yes, ...no] : yes === undefined && no === undefined ? undefined : null;
  }
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === 'key')
      return textsOf(property.initializer); // a literal key, or a choice between literal keys
  }
  return null;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function scan(file: string, shared: boolean): FoundMessage[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundMessage[] = [];
  const constants = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer && textsOf(declaration.initializer))
        constants.set(declaration.name.text, declaration.initializer);
    }
  }
  const where = (node: ts.Node) => ({
    where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
    source: node.getText(),
  });
  const add = (node: ts.Expression, kind: FoundMessage['kind']) => {
    found.push({ ...where(node), kind, texts: textsOf(node, constants) ?? [] });
  };
  const addMessage = (node: ts.Expression) => {
    const key = keyOf(node);
    if (key === undefined) add(node, 'message');
    else found.push({ ...where(node), kind: 'key', texts: key ?? [] });
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name && messageFunctions.test(node.name.text)) {
      const returns = (inner: ts.Node) => {
        if (ts.isReturnStatement(inner) && inner.expression && textsOf(inner.expression))
          add(inner.expression, 'message');
        if (!ts.isFunctionLike(inner)) ts.forEachChild(inner, returns);
      };
      ts.forEachChild(node, returns);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const args = node.arguments ?? [];
      if (name === 'AppError' && ts.isNewExpression(node) && args[1]) addMessage(args[1]);
      if (name && !shared && name in messageArgument) {
        const arg = args[messageArgument[name]!];
        if (arg) addMessage(arg);
      }
      if (name && (shared ? sharedTerms : coreTerms).has(name) && args[0]) add(args[0], 'term');
      const last = args[args.length - 1];
      if (shared && name && zodMethods.has(name) && last && textsOf(last)) add(last, 'message');
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const property = node.name.text;
      if ((property === 'message' || (shared && property === 'error')) && textsOf(node.initializer)) {
        add(node.initializer, 'message');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every message the core's services and the contract's schemas write, where they write it. */
export function coreMessages(): FoundMessage[] {
  const core = filesUnder('src/main/core').filter(
    (file) => !/[\\/](demo[\\/]|errors\.ts$)/.test(file.replace('src/main/core', '')),
  );
  const shared = filesUnder('src/shared').filter((file) => !/[\\/]i18n[\\/]/.test(file));
  return [...core.flatMap((file) => scan(file, false)), ...shared.flatMap((file) => scan(file, true))];
}
