import { ConfigurationError, errorMessage } from '@archway/kit';
import { type Shape, VIEW_SHAPE } from './fields.ts';

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

/**
 * A checked Mustache template: logic-less (no code runs), and strict where Mustache is lenient: a field
 * the view does not have is an error when the template is compiled, not an empty string at send time.
 */
export interface Template {
  render(view: object): string;
}

export async function compileTemplate(text: string, label: string): Promise<Template> {
  const { default: Mustache } = await import('mustache');
  let tokens: Token[];
  try {
    tokens = Mustache.parse(text) as Token[];
  } catch (error) {
    // Mustache says where by character offset: say line and column instead.
    const message = errorMessage(error).replace(/ at (\d+)$/, (_, offset: string) => ` at ${where(text, Number(offset))}`);
    throw new ConfigurationError(`${label} is not a valid template: ${message}`);
  }
  checkNames(tokens, [VIEW_SHAPE], text, label);
  // Values are escaped for Markdown when the view is built; Mustache's HTML escaping would garble them.
  return { render: (view) => Mustache.render(text, view, {}, { escape: (value: unknown) => String(value) }) };
}

function checkNames(tokens: Token[], scopes: Shape[], text: string, label: string): void {
  for (const token of tokens) {
    const [type, name, start] = token;
    if (type === 'text' || type === '!' || type === '=') continue;
    if (type === '>')
      throw new ConfigurationError(`${label} uses the partial '{{> ${name}}}' at ${where(text, start)}; partials are not supported`);
    const shape = resolve(name, scopes);
    if (shape === undefined) {
      throw new ConfigurationError(`${label} uses the unknown field '${name}' at ${where(text, start)}; ${knownFields(name, scopes)}`);
    }
    if ((type === '#' || type === '^') && token[4]) {
      const inner = Array.isArray(shape) ? shape[0] : shape;
      checkNames(token[4], type === '#' && inner !== true ? [...scopes, inner] : type === '#' ? [...scopes, true] : scopes, text, label);
    }
  }
}

/** Mustache's lookup: the innermost scope that has the first part of the name, then down the dots. */
function resolve(name: string, scopes: Shape[]): Shape | undefined {
  if (name === '.') return true;
  const [head, ...rest] = name.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (scope === undefined || scope === true || Array.isArray(scope) || !((head as string) in scope)) continue;
    let shape: Shape | undefined = scope[head as string];
    for (const part of rest) {
      const fields: Shape | undefined = Array.isArray(shape) ? shape[0] : shape;
      shape = fields && fields !== true && !Array.isArray(fields) ? fields[part] : undefined;
      if (shape === undefined) return undefined;
    }
    return shape;
  }
  return undefined;
}

/** The fields the name could have meant: those of the object its known part names, else of the innermost scope. */
function knownFields(name: string, scopes: Shape[]): string {
  const parts = name.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const parent = resolve(parts.slice(0, n).join('.'), scopes);
    const fields = Array.isArray(parent) ? parent[0] : parent;
    if (fields && fields !== true && !Array.isArray(fields))
      return `'${parts.slice(0, n).join('.')}' has ${Object.keys(fields).join(', ')}`;
  }
  const scope = [...scopes].reverse().find((s) => s !== true && !Array.isArray(s));
  return `fields: ${Object.keys((scope ?? {}) as object).join(', ')}`;
}

function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
