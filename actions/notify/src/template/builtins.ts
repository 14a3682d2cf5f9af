/** The built-in message bodies, Markdown; each channel adds its own frame (title, facts, a link to the run). */
export const BUILTIN_TEMPLATES: Record<string, string> = {
  default: ['**{{headline}}**', '{{#details}}', '- {{.}}', '{{/details}}'].join('\n'),
  short: '{{headline}}',
};
