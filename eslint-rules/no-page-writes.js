/**
 * Only src/annotate writes to the page. Its PageWriter records every change it makes so that it
 * can undo them all, and so that a page which re-renders its own DOM meets marks it can remove; a
 * write made anywhere else is one the writer cannot undo or account for.
 *
 * The rule flags DOM-writing calls and assignments on DOM nodes: appendChild, setAttribute,
 * remove … and `node.textContent = …`, `node.style.x = …`, `node.dataset.x = …`,
 * `node.classList.add(…)`; and Range methods that change the document. It knows a node by its
 * TypeScript type (anything with the DOM's Node members), so `writer.remove(…)`,
 * `storage.remove(…)` or `params.append(…)` are not flagged; it therefore needs type information
 * (parserOptions.projectService).
 *
 * It cannot tell a page node from one on a copy the module made itself: code that writes only to
 * its own detached copy is allowed by name in eslint.config.js.
 */

/** Methods that change the node they are called on, or its children or attributes. */
const NODE_WRITES = new Set([
  'after',
  'append',
  'appendChild',
  'appendData',
  'attachShadow',
  'before',
  'deleteData',
  'insertAdjacentElement',
  'insertAdjacentText',
  'insertBefore',
  'insertData',
  'normalize',
  'prepend',
  'remove',
  'removeAttribute',
  'removeAttributeNode',
  'removeAttributeNS',
  'removeChild',
  'replaceChild',
  'replaceChildren',
  'replaceData',
  'replaceWith',
  'setAttribute',
  'setAttributeNode',
  'setAttributeNS',
  'setHTML',
  'setHTMLUnsafe',
  'splitText',
  'toggleAttribute',
]);

/** Methods of a node's style and class list that change the node. */
const PART_WRITES = {
  style: new Set(['setProperty', 'removeProperty']),
  classList: new Set(['add', 'remove', 'replace', 'toggle']),
};

const PART_NAMES = new Set(Object.keys(PART_WRITES));

/** Objects of a node whose properties are the node's own attributes. */
const NODE_PARTS = new Set(['style', 'dataset']);

/** Range methods that change the document the range lies in. */
const RANGE_WRITES = new Set(['deleteContents', 'extractContents', 'insertNode', 'surroundContents']);

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Only src/annotate writes to the page (through its PageWriter, which can undo every change).' },
    schema: [],
    messages: {
      call: '{{what}} writes to a page node. Only src/annotate may write to the page: its PageWriter can undo every change it made, and none made elsewhere. Ask src/annotate, or draw with Preact in our own shadow root (src/card, src/roster).',
      assign:
        'Setting {{what}} writes to a page node. Only src/annotate may write to the page: its PageWriter can undo every change it made, and none made elsewhere. Ask src/annotate, or draw with Preact in our own shadow root (src/card, src/roster).',
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.getTypeAtLocation) {
      throw new Error('local/no-page-writes needs type information: give these files parserOptions.projectService in eslint.config.js.');
    }
    const program = services.program;
    const checker = program.getTypeChecker();

    /** Whether the type has `member` as the DOM library declares it (not a look-alike of ours). */
    const hasDomMember = (type, member) =>
      constituents(checker.getApparentType(type)).some((part) => {
        const symbol = part.getProperty(member);
        return symbol?.declarations?.some((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile())) ?? false;
      });
    const isNode = (expression) => hasDomMember(services.getTypeAtLocation(expression), 'nodeType');
    const isRange = (expression) => hasDomMember(services.getTypeAtLocation(expression), 'surroundContents');

    /** For `node.style`, `node.dataset` or `node.classList`: the part's name if it is in `parts` and its owner is a DOM node. */
    const partOfNode = (expression, parts) => {
      if (expression.type !== 'MemberExpression') return null;
      const part = propertyName(expression);
      return part !== null && parts.has(part) && isNode(expression.object) ? part : null;
    };

    /** Reports a write to the member `target` (assigned, updated or deleted). */
    const checkTarget = (target, reportAt) => {
      if (target.type !== 'MemberExpression') return;
      const name = propertyName(target) ?? '[…]';
      const part = partOfNode(target.object, NODE_PARTS);
      if (part !== null) context.report({ node: reportAt, messageId: 'assign', data: { what: `${part}.${name}` } });
      else if (isNode(target.object)) context.report({ node: reportAt, messageId: 'assign', data: { what: name } });
    };

    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        if (method === null) return;
        const part = partOfNode(callee.object, PART_NAMES);
        if (part !== null && PART_WRITES[part].has(method)) {
          context.report({ node, messageId: 'call', data: { what: `${part}.${method}()` } });
        } else if ((NODE_WRITES.has(method) && isNode(callee.object)) || (RANGE_WRITES.has(method) && isRange(callee.object))) {
          context.report({ node, messageId: 'call', data: { what: `${method}()` } });
        }
      },
      AssignmentExpression(node) {
        checkTarget(node.left, node);
      },
      UpdateExpression(node) {
        checkTarget(node.argument, node);
      },
      'UnaryExpression[operator="delete"]'(node) {
        checkTarget(node.argument, node);
      },
    };
  },
};

/** The parts of a union or intersection type, or the type itself. */
function constituents(type) {
  return type.isUnionOrIntersection() ? type.types.flatMap(constituents) : [type];
}

/** The name a member expression reads: `a.b` and `a['b']` give 'b'; a computed key gives null. */
function propertyName(member) {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return null;
}
