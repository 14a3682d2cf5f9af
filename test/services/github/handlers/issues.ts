import { notFound, validationFailed } from '../errors.ts';
import { type Context, fields, type Handlers, page } from '../handler.ts';
import { nodeId, timestamp } from '../links.ts';
import type { IssueComment } from '../state.ts';

const COMMENT_MAX_CHARACTERS = 65536;

function renderComment(context: Context, comment: IssueComment) {
  const { links } = context;
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${links.api}/issues/comments/${comment.id}`,
    html_url: `${links.html}/issues/${comment.issue_number}#issuecomment-${comment.id}`,
    body: comment.body,
    user: links.actor(),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${links.api}/issues/${comment.issue_number}`,
    author_association: 'NONE',
    performed_via_github_app: links.app(),
    reactions: {
      url: `${links.api}/issues/comments/${comment.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

function checkedBody(context: Context): string {
  const body = fields(context).body as string;
  if (body.length > COMMENT_MAX_CHARACTERS) {
    throw validationFailed('IssueComment', 'body', 'custom', `body is too long (maximum is ${COMMENT_MAX_CHARACTERS} characters)`);
  }
  return body;
}

function findComment(context: Context): IssueComment {
  const comment = context.state.comments.find((c) => c.id === Number(context.params.comment_id));
  if (!comment) throw notFound();
  return comment;
}

/** Comments on issues and on pull requests (a pull request's conversation is its issue's). */
export const issueHandlers: Handlers = {
  'issues/create-comment'(context) {
    const { state } = context;
    const now = timestamp();
    const comment: IssueComment = {
      id: state.nextId(),
      issue_number: Number(context.params.issue_number),
      body: checkedBody(context),
      created_at: now,
      updated_at: now,
    };
    state.comments.push(comment);
    return {
      status: 201,
      body: renderComment(context, comment),
      headers: { location: `${context.links.api}/issues/comments/${comment.id}` },
    };
  },

  'issues/update-comment'(context) {
    const comment = findComment(context);
    comment.body = checkedBody(context);
    comment.updated_at = timestamp();
    return { status: 200, body: renderComment(context, comment) };
  },

  'issues/get-comment': (context) => ({ status: 200, body: renderComment(context, findComment(context)) }),

  'issues/delete-comment'(context) {
    const comment = findComment(context);
    context.state.comments.splice(context.state.comments.indexOf(comment), 1);
    return { status: 204 };
  },

  'issues/list-comments'(context) {
    const number = Number(context.params.issue_number);
    const since = context.query.since as string | undefined;
    const comments = context.state.comments.filter((c) => c.issue_number === number && (!since || c.updated_at >= since));
    return page(context, comments, (comment) => renderComment(context, comment));
  },
};
