/** The message of a thrown value: an Error's message, anything else converted to text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
