/**
 * A page snapshot (src/core/snapshot.ts) turned back into a replica: one static HTML page per
 * frame reproducing its elements, attributes, open shadow roots (declarative), control states
 * and hidden elements, served by the replica server at the frame's masked URL (the My Domain
 * name is `mydomain`, record ids keep their prefix). `npm run replica` (scripts/replica.ts)
 * writes one into tests/fixtures/salesforce/snapshots/<name>/; the round-trip test builds them
 * in memory.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  GuideNotes,
  PageSnapshot,
  SnapshotChild,
  SnapshotElement,
} from '../../src/core/snapshot';
import { esc } from '../fixtures/salesforce/html';

export const SNAPSHOT_REPLICAS = resolve(import.meta.dirname, '../fixtures/salesforce/snapshots');

export interface ReplicaFrame {
  /** The frame's masked URL: where the replica server serves it. */
  url: string;
  top: boolean;
  /** What the guide did on the original page, as the snapshot recorded it. */
  guide: GuideNotes;
  html: string;
}

export interface SnapshotReplica {
  name: string;
  takenAt: string;
  frames: ReplicaFrame[];
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const CONTROLS = new Set(['input', 'button', 'select', 'textarea', 'option']);

function renderChildren(children: readonly SnapshotChild[] | undefined): string {
  return (children ?? []).map((c) => (typeof c === 'string' ? esc(c) : renderElement(c))).join('');
}

function renderElement(node: SnapshotElement): string {
  const attrs: Record<string, string> = { ...node.attrs };
  const state = node.state ?? {};
  if (CONTROLS.has(node.tag)) {
    // The live state wins over the original attributes; a value attribute that is no state (a
    // button's label, a choice's value) stays.
    for (const name of ['checked', 'selected', 'disabled']) delete attrs[name];
    if (state.checked) attrs.checked = '';
    if (state.selected) attrs.selected = '';
    if (state.disabled) attrs.disabled = '';
    if (node.tag === 'input' && state.value !== undefined) attrs.value = state.value;
  }
  if (state.hidden) attrs.style = 'display: none';
  const open = `<${node.tag}${Object.entries(attrs)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${esc(value)}"`))
    .join('')}>`;
  if (VOID.has(node.tag)) return open;
  const shadow = node.shadow
    ? `<template shadowrootmode="open">${renderChildren(node.shadow)}</template>`
    : '';
  const inner = node.tag === 'textarea' ? esc(state.value ?? '') : renderChildren(node.children);
  return `${open}${shadow}${inner}</${node.tag}>`;
}

/** The replica of one snapshot: a page per frame. */
export function replicaFromSnapshot(snapshot: PageSnapshot, name: string): SnapshotReplica {
  return {
    name,
    takenAt: snapshot.takenAt,
    frames: snapshot.frames.map((frame) => ({
      url: frame.url,
      top: frame.top,
      guide: frame.guide,
      html: `<!DOCTYPE html>\n${renderElement(frame.tree)}\n`,
    })),
  };
}

/** A masked record id in a path (prefix + zeros) matches any id of that object. */
const MASKED_ID = /^([A-Za-z0-9]{3})0{12}(?:000)?$/;

function samePath(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.split('/');
  return (
    a.length === b.length &&
    a.every((segment, i) => {
      const other = b[i] ?? '';
      const id = MASKED_ID.exec(segment);
      return id
        ? other.length === segment.length && other.startsWith(id[1] ?? '')
        : segment.toLowerCase() === other.toLowerCase();
    })
  );
}

/**
 * The frame of the replica served at this request, or null: same host, same path (masked ids
 * match any id of their object); among several, the one whose query is the same.
 */
export function replicaFrameFor(
  replica: SnapshotReplica,
  host: string,
  pathAndQuery: string,
): ReplicaFrame | null {
  const request = new URL(pathAndQuery, `https://${host}`);
  const matching = replica.frames.filter((frame) => {
    const url = new URL(frame.url);
    return url.hostname === request.hostname && samePath(url.pathname, request.pathname);
  });
  return (
    matching.find((frame) => new URL(frame.url).search === request.search) ?? matching[0] ?? null
  );
}

/** A replica written by `npm run replica` (tests/fixtures/salesforce/snapshots/<name>/). */
export function loadSnapshotReplica(name: string): SnapshotReplica {
  const dir = resolve(SNAPSHOT_REPLICAS, name);
  const index = JSON.parse(readFileSync(resolve(dir, 'replica.json'), 'utf8')) as {
    takenAt: string;
    frames: (Omit<ReplicaFrame, 'html'> & { file: string })[];
  };
  return {
    name,
    takenAt: index.takenAt,
    frames: index.frames.map(({ file, ...frame }) => ({
      ...frame,
      html: readFileSync(resolve(dir, file), 'utf8'),
    })),
  };
}
