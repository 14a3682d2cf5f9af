import { unescapeMarkdown } from './view.ts';

/** Slack's mrkdwn from Markdown (links, bold, lists; &, < and > escaped as Slack requires). */
export async function toSlackMrkdwn(markdown: string): Promise<string> {
  const { slackifyMarkdown } = await import('slackify-markdown');
  return slackifyMarkdown(markdown).trim();
}

/** HTML for the mail body. */
export async function toHtml(markdown: string): Promise<string> {
  const { marked } = await import('marked');
  return marked.parse(markdown, { async: false, gfm: true });
}

/** Readable plain text: links as "text (url)", emphasis and escapes dropped. */
export function toPlainText(markdown: string): string {
  return unescapeMarkdown(
    markdown
      .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\\*])\*([^*\n]+)\*/g, '$1$2'),
  );
}

/**
 * Cut text into pieces of at most `max` characters at the last paragraph, line or word boundary, never
 * inside a word unless a single word is longer than `max`. Every character is kept.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = Math.max(window.lastIndexOf('\n\n'), -1);
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Shorten to `max` characters at a word boundary with an ellipsis (for titles that have a hard limit). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
