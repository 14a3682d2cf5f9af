import { ConfigurationError } from '@archway/kit';
import { FILE_LIMITS, readUserFile } from '@archway/kit/files';
import { BUILTIN_TEMPLATES } from './template/builtins.ts';
import { compileTemplate } from './template/render.ts';
import { unescapeMarkdown, type View } from './view.ts';

/** The message, rendered once: what every channel shows in its own way. */
export interface Message {
  title: string;
  /** Markdown. */
  body: string;
  view: View;
}

/** The body template from `message` (inline) or `template` (a built-in name or a file in the workspace). */
export async function bodyTemplateText(message: string, template: string): Promise<{ text: string; label: string }> {
  if (message.trim() !== '') return { text: message, label: "Input 'message'" };
  const name = template.trim() || 'default';
  const builtin = BUILTIN_TEMPLATES[name];
  if (builtin !== undefined) return { text: builtin, label: `The built-in template '${name}'` };
  if (!/[./]/.test(name)) {
    throw new ConfigurationError(
      `Input 'template' has '${name}': expected a built-in template (${Object.keys(BUILTIN_TEMPLATES).join(', ')}) or the path of a template file`,
    );
  }
  const text = await readUserFile('template', name, { maxBytes: FILE_LIMITS.config, what: 'template' });
  return { text, label: `Input 'template' (file ${name})` };
}

/** Both templates, checked before anything is read or sent: a template error costs no request. */
export async function compileMessage(
  titleTemplate: string,
  body: { text: string; label: string },
): Promise<{ render(view: View): Message }> {
  const [title, content] = await Promise.all([compileTemplate(titleTemplate, "Input 'title'"), compileTemplate(body.text, body.label)]);
  return {
    render(view) {
      // The title is plain text everywhere (a subject, a header): Markdown escapes would show.
      const renderedTitle = unescapeMarkdown(title.render(view).replace(/\s+/g, ' ').trim());
      return { title: renderedTitle, body: content.render({ ...view, title: renderedTitle }).trim(), view };
    },
  };
}
