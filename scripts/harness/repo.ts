/**
 * The repository's root folder, for scripts and tests that read its files (content/, dist/,
 * fixtures) wherever they sit in the tree, so moving a file never changes what it reads.
 */
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');

/** A path inside the repository: repoPath('content', 'codes'). */
export const repoPath = (...segments: string[]): string => join(REPO, ...segments);
