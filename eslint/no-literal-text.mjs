/**
 * Refuses user-visible text written straight into the renderer (issue 16): every such string goes
 * through `useT` and a namespace in both languages (docs/DEVELOPING.md, "Languages").
 *
 * It reports text between JSX tags, string values of text attributes (`label`, `title`,
 * `aria-label`, `helperText` …) and of text properties (a grid column's `headerName`, a `label`),
 * and the message given to `notice(…)` or `setFormError(…)`, when they hold a word (two letters in
 * a row). Names that are the same in every language are allowed.
 */
const textAttributes = new Set([
  'label',
  'title',
  'subtitle',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'helperText',
  'alt',
  'emptyLabel',
  'tooltip',
  'description',
  'message',
  'heading',
  'primary',
  'secondary',
  'confirmLabel',
  'cancelLabel',
  'text',
]);
const textProperties = new Set([
  'headerName',
  'label',
  'title',
  'subtitle',
  'description',
  'message',
  'helperText',
  'tooltip',
  'placeholder',
  'confirmLabel',
]);
const messageFunctions = new Set(['notice', 'setFormError']);
const sameInEveryLanguage = new Set([
  'Privacy Desk',
  'We Assist AS',
  'We Assist AS · personvern',
  'Datatilsynet',
]);
const passThrough = new Set([
  'ConditionalExpression',
  'LogicalExpression',
  'BinaryExpression',
  'TemplateLiteral',
]);

function words(value) {
  const trimmed = value.trim();
  return /\p{L}{2}/u.test(trimmed) && !sameInEveryLanguage.has(trimmed);
}

function nameOf(node) {
  if (!node) return undefined;
  if (node.type === 'JSXIdentifier' || node.type === 'Identifier') return node.name;
  if (node.type === 'JSXNamespacedName') return `${node.namespace.name}:${node.name.name}`;
  if (node.type === 'Literal') return String(node.value);
  if (node.type === 'MemberExpression') return nameOf(node.property);
  return undefined;
}

function visibleAt(node) {
  let child = node;
  let parent = node.parent;
  while (parent && passThrough.has(parent.type)) {
    // `a ? 'x' : 'y'` shows x or y; the test of a condition shows nothing.
    if (parent.type === 'ConditionalExpression' && parent.test === child) return false;
    if (parent.type === 'BinaryExpression' && parent.operator !== '+') return false;
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  if (parent.type === 'JSXExpressionContainer') {
    const holder = parent.parent;
    if (holder.type === 'JSXElement' || holder.type === 'JSXFragment') return true;
    return holder.type === 'JSXAttribute' && textAttributes.has(nameOf(holder.name));
  }
  if (parent.type === 'JSXAttribute') return textAttributes.has(nameOf(parent.name));
  if (parent.type === 'Property') return parent.value === child && textProperties.has(nameOf(parent.key));
  if (parent.type === 'CallExpression') {
    return parent.arguments[0] === child && messageFunctions.has(nameOf(parent.callee));
  }
  return false;
}

const message =
  'User-visible text belongs in a namespace in both languages: use t(…) (DEVELOPING.md, "Languages").';

export const noLiteralText = {
  meta: { type: 'problem', schema: [], messages: { literal: message } },
  create(context) {
    return {
      JSXText(node) {
        if (words(node.value)) context.report({ node, messageId: 'literal' });
      },
      Literal(node) {
        if (typeof node.value === 'string' && words(node.value) && visibleAt(node)) {
          context.report({ node, messageId: 'literal' });
        }
      },
      TemplateLiteral(node) {
        if (node.parent?.type === 'TaggedTemplateExpression') return;
        if (node.quasis.some((quasi) => words(quasi.value.cooked ?? '')) && visibleAt(node)) {
          context.report({ node, messageId: 'literal' });
        }
      },
    };
  },
};

export const privacyDeskPlugin = { rules: { 'no-literal-text': noLiteralText } };
