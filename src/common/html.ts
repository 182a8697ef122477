/** Small helpers for writing HTML as text. */

/** Escapes a string for a double-quoted HTML attribute value (&, ", < and >). */
export function escapeAttribute(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
