import * as core from '@actions/core';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

/** GitHub shows at most 10 annotations of each level per step; the rest belong in a check run. */
export const STEP_ANNOTATION_LIMIT = 10;

export function annotate(a: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: a.title,
    file: a.file,
    startLine: a.line,
    endLine: a.endLine,
    startColumn: a.column,
    endColumn: a.endColumn,
  };
  const emit = a.level === 'error' ? core.error : a.level === 'warning' ? core.warning : core.notice;
  emit(a.message, properties);
}
