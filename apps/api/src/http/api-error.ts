/** The one shape of every error response. `errors` lists the fields and reasons of a 4xx. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  requestId: string;
  errors?: { field: string; reason: string; code?: string }[];
  reasons?: { code: string; field?: string; message: string }[];
}
