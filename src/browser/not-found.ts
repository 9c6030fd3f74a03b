/**
 * On the not-found page: when the missing path is a number (/299/), say that the code is not in
 * the registry and point to its class. Static hosts serve the same 404.html for every missing
 * path, so only the browser knows which number was asked for. The page lists every class
 * (src/pages/not-found.astro, from CLASSES), so a three-digit number's class is the listed one
 * named after its first digit, and its link is the page's own: this script imports nothing and
 * builds no URL, which keeps it small, as the page's JavaScript budget also holds the search
 * loader and the theme script.
 */

export function explainMissingPath(): void {
  const message = document.querySelector('[data-not-found-message]');
  const match = /^\/(\d+)\/?$/.exec(window.location.pathname);
  if (!message || !match?.[1]) return;
  const number = match[1];
  const classId = `${number.charAt(0)}xx`;
  const classLink = number.length === 3 ? document.querySelector(`[data-class="${classId}"] a`) : null;
  if (classLink) {
    const link = document.createElement('a');
    link.href = classLink.getAttribute('href') ?? '';
    link.textContent = `the ${classId} codes`;
    message.replaceChildren(
      `${number} is not in the IANA registry, and this reference knows no unofficial use of it. See `,
      link,
      ' for the codes in that class.',
    );
  } else {
    message.replaceChildren(`${number} is not an HTTP status code: status codes are three digits, from 100 to 599.`);
  }
}
