/**
 * On the not-found page: when the missing path is a number (/299/), say that the code is not in
 * the registry and point to its class. Static hosts serve the same 404.html for every missing
 * path, so only the browser knows which number was asked for.
 */
import { classIdOf } from '../lib/classes';
import { classPath } from '../lib/paths';
export function explainMissingPath(): void {
  const message = document.querySelector('[data-not-found-message]');
  const match = /^\/(\d+)\/?$/.exec(window.location.pathname);
  if (!message || !match?.[1]) return;
  const number = match[1];
  const code = Number(number);
  const parts: (string | Node)[] = [];
  const classId = number.length === 3 ? classIdOf(code) : undefined;
  if (classId) {
    const link = document.createElement('a');
    link.href = classPath(classId);
    link.textContent = `the ${classId} codes`;
    parts.push(`${number} is not in the IANA registry, and this reference knows no unofficial use of it. See `, link, ' for the codes in that class.');
  } else {
    parts.push(`${number} is not an HTTP status code: status codes are three digits, from 100 to 599.`);
  }
  message.replaceChildren(...parts);
}
