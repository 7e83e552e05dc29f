// The errors of Go's text/template, carrying Go's exact message text.
export class TemplateError extends Error {
  /** 'parse' for template syntax errors, 'exec' for failures while executing. */
  readonly kind: 'parse' | 'exec';
  /** Output written before an execution error (docker prints a failed table header this way). */
  readonly partial: string;

  constructor(kind: 'parse' | 'exec', message: string, partial = '') {
    super(message);
    this.name = 'TemplateError';
    this.kind = kind;
    this.partial = partial;
  }
}
