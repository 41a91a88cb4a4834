/** What the outbox stores and the worker sends: French, HTML and plain text. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
