/** An answer in GitHub's error shape, thrown by handlers: {message, errors?, documentation_url, status}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { resource?: string; field?: string; code: string; message?: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(documentationUrl: string): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: documentationUrl,
      status: String(this.status),
    };
  }
}

export const notFound = () => new ApiError(404, 'Not Found');

/** 422 "Validation Failed" with one error entry, e.g. a duplicate asset name (code already_exists). */
export function validationFailed(resource: string, field: string, code: string, message?: string): ApiError {
  return new ApiError(422, 'Validation Failed', [{ resource, field, code, ...(message ? { message } : {}) }]);
}

/** 422 with a plain message, as GitHub answers e.g. "Reference already exists". */
export const unprocessable = (message: string) => new ApiError(422, message);
