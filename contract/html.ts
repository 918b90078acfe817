/**
 * Names the server's HTML and the app's hydration share: the server writes
 * the element, the browser reads it, so the name is defined once here.
 */

/** The `<script type="application/json">` that carries a rendered page's data to the client. */
export const HYDRATION_ELEMENT_ID = 'hydration-data'
