/**
 * The shape of the message catalogue (content/messages/<source>.yaml): the texts developers
 * meet a status code as (an nginx error-log line, an IIS substatus page, a Cloudflare 1020, a
 * Heroku H12, a framework's stock response), one file per source with one item per message.
 * The content collection validates the files with it (src/content.config.ts); the checks that
 * need several files or the code entries live in src/lib/messages/validate.ts. Like schema.ts it
 * imports nothing from Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const slug = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/**
 * The placeholders a message's text may contain, written `{{name}}`, where the real text varies
 * from one occurrence to the next. Double braces, because many messages are JSON bodies.
 */
export const PLACEHOLDERS = [
  'address', // a client or server IP address, with or without port: 203.0.113.7, 10.0.0.2:8080
  'port',
  'host', // a host name: api.example.com
  'url', // an absolute URL
  'path', // a URL path or file-system path
  'file', // a file name or path on disk
  'method', // GET, POST
  'header', // a header field name
  'name', // any other identifier: a module, a route, a bucket, a function, a class
  'id', // a request or trace id, a ray id, a hex token
  'number', // a count, a size, a code
  'time', // a timestamp or a duration
  'status', // a status code inside the text
  'text', // free text that varies: an exception message, a reason
] as const;

/** One placeholder: `{{host}}`. */
export const PLACEHOLDER = /\{\{([a-z]+)\}\}/g;

/** Where a developer sees the message. */
export const APPEARS_IN = [
  'error-log', // a server's error log (nginx error.log, Apache ErrorLog)
  'access-log', // a request log line (access.log, a router log)
  'error-page', // an HTML page the visitor sees in the browser
  'response-body', // the body of an API response (JSON, XML, text)
  'response-header', // a header that carries the message or code
  'browser-console', // the developer tools console or the browser's own error page
  'cli-output', // what a command-line client prints
  'app-log', // an application or platform log (a stack trace, a framework log line)
] as const;

/** How the message, its status and its cause were established. */
export const EVIDENCE = [
  'reproduced', // produced on this machine by running the software; the run is described
  'source', // read in the software's source code
  'docs', // read in the vendor's own documentation
] as const;

/** A primary source for a message: the vendor's documentation or source code. */
export const messageSourceLinkSchema = z.object({
  /** What the link is: "HAProxy docs 2.6: 8.5 Session state at disconnection", "Cloudflare docs: Error 1020". */
  title: z.string().min(1),
  url: httpsUrl(),
});

export const messageSchema = z
  .object({
    /** The anchor on the source's page (/messages/<source>/#<id>), stable once published. */
    id: slug(),
    /** A few words that name the message in a list: "Response headers from the upstream too big". */
    title: z.string().min(5).max(80),
    /**
     * The message exactly as it appears, with `{{placeholder}}` where the real text varies
     * (addresses, hosts, paths, ids). Only the distinctive part of a log line: no timestamp.
     */
    text: z.string().min(3).max(400),
    /** The source's own code for it, when it has one: "1020", "H12", "500.19", "AH01102", "ERR_TOO_MANY_REDIRECTS". */
    key: z.string().min(1).max(40).optional(),
    /** Where it appears; the first is where people most often meet it. */
    appears: z.array(z.enum(APPEARS_IN)).min(1),
    /** The status code the client receives with it; it must have an entry in content/codes. */
    status: z.number().int().min(100).max(599).optional(),
    /**
     * Instead of `status`: why no HTTP response comes with it ("the connection closes before any
     * response", "curl exits with code 7 before a request is sent").
     */
    noResponse: z.string().min(10).optional(),
    /**
     * Instead of `status`: the message comes with whatever status someone else chose, so no code
     * is its own (a load balancer's log detail saying the backend's status was passed on). Says
     * where the real status is read. The item is then listed under no code and found by its words.
     */
    anyStatus: z.string().min(10).optional(),
    /**
     * The status the server writes in its own log when the client receives another or none:
     * nginx's 499 for a client that went away, the ALB's 460. It must have an entry.
     */
    logged: z.number().int().min(100).max(599).optional(),
    /** What the status means here when that is not obvious ("logged as 499; the client got nothing"). */
    statusNote: z.string().min(10).optional(),
    /** The usual causes, most common first, in our own words. */
    causes: z.array(z.string().min(10)).min(1).max(5),
    /** What to look at to find which cause it is: a log, a setting, a command. */
    check: z.array(z.string().min(10)).min(1).max(5),
    /** How to fix it, concretely: the directive, the setting, the command. */
    fix: z.array(z.string().min(10)).min(1).max(6),
    /** How it was established: reproduced here, read in the source, or read in the docs. */
    evidence: z.enum(EVIDENCE),
    /** For `reproduced`: the version run and what was done, so anyone can do it again. */
    reproduced: z.object({ version: z.string().min(1), how: z.string().min(10) }).optional(),
    /** The primary sources: the vendor's documentation or source code. */
    sources: z.array(messageSourceLinkSchema).min(1),
    /**
     * When no cited source shows the text as catalogued (and it was not reproduced): what it was
     * put together from ("the substatus and the 503 reason phrase from Microsoft's status list").
     * Shown on the page, so that nobody takes it for words a vendor printed.
     */
    reconstructed: z.string().min(10).optional(),
    /** What could not be verified, said plainly ("the status it is served with is not documented"). */
    caveat: z.string().min(10).optional(),
    /** Words people type for it beyond its text ("header too big", "buffer"), for search only. */
    searchTerms: z.array(z.string().min(1)).default([]),
  })
  .superRefine((m, ctx) => {
    if ([m.status, m.noResponse, m.anyStatus].filter((v) => v !== undefined).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'needs exactly one of status (the code it comes with), noResponse (why none comes) or anyStatus (why no code is its own)',
      });
    }
    if (m.evidence === 'reproduced' && m.reconstructed) {
      ctx.addIssue({
        code: 'custom',
        path: ['reconstructed'],
        message: 'cannot go with evidence "reproduced": a text seen on this machine was not put together',
      });
    }
    if (m.evidence === 'reproduced' && !m.reproduced) {
      ctx.addIssue({
        code: 'custom',
        path: ['reproduced'],
        message: 'is required when evidence is "reproduced" (the version run and how)',
      });
    }
    const problem = placeholderProblem(m.text);
    if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
  });

/** What is wrong with a text's placeholders, or undefined when they are well formed. */
export function placeholderProblem(text: string): string | undefined {
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name ?? '')) {
      return `has the placeholder {{${name}}}, which is not one of ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`;
    }
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (/\{\{|\}\}/.test(rest)) return 'has a malformed placeholder: write {{name}} with a lower-case name from the list';
  return undefined;
}

/** The kinds of source, for grouping the catalogue's index. */
export const SOURCE_KINDS = ['server', 'proxy', 'cdn', 'cloud', 'platform', 'browser', 'client', 'framework'] as const;

/** One source: content/messages/<id>.yaml, served at /messages/<id>/. */
export const messageFileSchema = z.object({
  /** The name as its makers write it: "nginx", "Cloudflare", "AWS Application Load Balancer". */
  name: z.string().min(2).max(60),
  kind: z.enum(SOURCE_KINDS),
  /** One or two sentences of our own: what it is and where its messages show up. */
  about: z.string().min(20).max(400),
  /** What was checked: "nginx 1.22.1 (Debian 12), source 1.22.1", "Cloudflare docs, read 2026-11". */
  checked: z.string().min(5),
  /** The vendor's documentation home for its errors. */
  docs: httpsUrl(),
  messages: z.array(messageSchema).min(1),
});

export type MessageData = z.output<typeof messageSchema>;
export type MessageFileData = z.output<typeof messageFileSchema>;
export type MessageSourceLink = z.output<typeof messageSourceLinkSchema>;

/**
 * The catalogue as published for tools at /messages.json (its JSON Schema is served at
 * /messages.schema.json, made from this): every source with its id and page, every message with
 * its permanent URL. Absolute URLs, so an export read elsewhere still links back.
 */
export const messagesExportSchema = z.object({
  /** Bumped when a field changes meaning or is removed; new fields may appear at any time. */
  version: z.literal(1),
  /** The reference the catalogue belongs to. */
  site: z.url(),
  sources: z.array(
    messageFileSchema.omit({ messages: true }).extend({
      /** The source's id, as in its page's URL: "nginx". */
      id: slug(),
      url: z.url(),
      messages: z.array(
        messageSchema.safeExtend({
          /** The message's permanent URL: its anchor on the source's page. */
          url: z.url(),
          /** The placeholders' names, in order, where the real text varies. */
          placeholders: z.array(z.enum(PLACEHOLDERS)),
        }),
      ),
    }),
  ),
});

export type MessagesExport = z.output<typeof messagesExportSchema>;
