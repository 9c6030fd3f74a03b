/**
 * The one place that reads the message collection (as src/lib/codes/collection.ts does for the codes):
 * the sources in a fixed order, and the messages that come with each code.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { MessageData } from './schema.ts';
import { SOURCE_KINDS } from './schema.ts';

export type MessageSource = CollectionEntry<'messages'>;

/** A message with the source it belongs to. */
export interface SourcedMessage {
  source: MessageSource;
  message: MessageData;
}

let cached: Promise<MessageSource[]> | undefined;

/** Every source, grouped by kind in SOURCE_KINDS order, then by name. */
export function allSources(): Promise<MessageSource[]> {
  cached ??= getCollection('messages').then((sources) =>
    sources.sort((a, b) => SOURCE_KINDS.indexOf(a.data.kind) - SOURCE_KINDS.indexOf(b.data.kind) || a.data.name.localeCompare(b.data.name)),
  );
  return cached;
}

/** Every message, source by source. */
export async function allMessages(): Promise<SourcedMessage[]> {
  return (await allSources()).flatMap((source) => source.data.messages.map((message) => ({ source, message })));
}

/** The messages that come with this code (or that a server logs under it), in catalogue order. */
export async function messagesFor(code: number): Promise<SourcedMessage[]> {
  return (await allMessages()).filter(({ message }) => (message.status ?? message.logged) === code);
}
