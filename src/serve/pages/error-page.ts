/** Not found, bad request and server error pages. */
import { html, type Html } from './html.js';
import { layout } from './layout.js';

export function errorPage(status: number, message: string): Html {
  const title = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : status === 405 ? 'Method not allowed' : status === 503 ? 'The archive cannot be read' : 'Something went wrong';
  return layout({
    title,
    section: 'error',
    body: html`<h1>${title}</h1><p class="error" role="alert">${message}</p><p><a href="/search">Back to the search</a></p>`,
  });
}
