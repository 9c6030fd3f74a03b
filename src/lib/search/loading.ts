/**
 * When the search box fetches what: the loading policy behind src/browser/search/ui.ts, as a
 * small state machine the unit tests drive without a browser.
 *
 * The codes' data is there from the first keystroke. Pagefind starts loading with the search
 * code; on a slow link it must not share the link with the messages' data, so the messages wait
 * until the first full-text answer (or until Pagefind is ready with no query waiting for it),
 * unless the query may be a message (then it waits for the messages, "Searching…", and asks for
 * them at once) or needs no full text (a number, a class). Every keystroke takes a ticket; an
 * answer that arrives for an older ticket is dropped, since a newer query has taken over.
 */
import { wantsFullText, type Answer } from './answer.ts';

/** A query's place in the order of keystrokes. */
export type Ticket = number;

/** What to do for a query's first answer, from the codes' data. */
export interface Step {
  /** Fetch the messages' data now. */
  askMessages: boolean;
  /** Ask Pagefind for full-text matches. */
  fullText: boolean;
  /** More results are still to come: the list is busy and never says "nothing" yet. */
  busy: boolean;
}

export class SearchLoading {
  #messages: 'not-asked' | 'asked' | 'ready' = 'not-asked';
  #fullTextWaiting = 0;
  #latest: Ticket = 0;

  /** A new query: from now on only its answers count. */
  begin(): Ticket {
    this.#latest += 1;
    return this.#latest;
  }

  isCurrent(ticket: Ticket): boolean {
    return ticket === this.#latest;
  }

  get messagesReady(): boolean {
    return this.#messages === 'ready';
  }

  /** Pagefind has loaded, or failed to: the link is free for the messages unless a query waits for full text. */
  pagefindSettled(loaded: boolean): boolean {
    return (!loaded || this.#fullTextWaiting === 0) && this.#ask();
  }

  /** A query's first answer, from the codes' data. */
  answered(raw: string, answer: Answer): Step {
    const fullText = wantsFullText(raw, answer);
    // Only a query that waits for the full text leaves the link to it.
    const askMessages = answer.query?.pasted === true || !fullText ? this.#ask() : false;
    if (fullText) this.#fullTextWaiting += 1;
    return { askMessages, fullText, busy: fullText || !this.messagesReady };
  }

  /** Pagefind has answered a query, or failed to: whether to ask for the messages now (only for the current query). */
  fullTextDone(ticket: Ticket): boolean {
    this.#fullTextWaiting -= 1;
    return this.isCurrent(ticket) && this.#ask();
  }

  /** The messages' data has arrived (or failed to: the codes are then all there is). */
  messagesArrived(): void {
    this.#messages = 'ready';
  }

  /** An answer as the list may show it: a query that may be a message shows nothing until the messages are there. */
  held(answer: Answer): Answer {
    return !this.messagesReady && answer.query?.pasted ? { ...answer, hits: [] } : answer;
  }

  /** The messages are asked for once. */
  #ask(): boolean {
    if (this.#messages !== 'not-asked') return false;
    this.#messages = 'asked';
    return true;
  }
}
