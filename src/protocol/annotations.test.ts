// The annotation messages: payload validators accept what the feature sends and refuse
// everything else; senders are checked (a content script cannot drive another tab's editor).
import { describe, expect, it } from 'vitest';
import { sampleAnnotation } from '../core/model/annotation.testing';
import {
  annotationsToBackground,
  annotationsToContent,
  isAddAnnotation,
  isAnnotationDraft,
  isAnnotationId,
  isAnnotationPatch,
  isForPage,
  isRestoreAnnotations,
  isSaveFactTarget,
  isUpdateAnnotation,
} from './annotations';
import { createRouter, envelope, type Self } from './define';
import { backgroundRequests, contentRequests } from './index';

const SELF: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const CONTENT = { id: 'ext', url: 'https://news.example/a', tab: { id: 3 } };
const LIBRARY = { id: 'ext', url: 'chrome-extension://ext/src/entries/library/index.html' };
const STRANGER = { id: 'other', url: 'https://evil.example/' };

const saved = sampleAnnotation();
const { id, createdAt: _c, updatedAt: _u, ...draft } = saved;

describe('validators', () => {
  it('accept a well-formed draft, with or without a fact', () => {
    expect(isAnnotationDraft(draft)).toBe(true);
    const { fact: _f, ...noFact } = draft;
    expect(isAnnotationDraft(noFact)).toBe(true);
    expect(isAddAnnotation({ draft })).toBe(true);
  });

  it('refuse drafts with bad or extra fields', () => {
    expect(isAnnotationDraft({ ...draft, id })).toBe(false); // the store picks ids
    expect(isAnnotationDraft({ ...draft, label: 'great' })).toBe(false);
    expect(isAnnotationDraft({ ...draft, color: '#ff0000' })).toBe(false);
    expect(isAnnotationDraft({ ...draft, page: { ...draft.page, url: 'javascript:alert(1)' } })).toBe(false);
    expect(isAnnotationDraft({ ...draft, target: { ...draft.target, quote: { ...draft.target.quote, exact: '' } } })).toBe(false);
    expect(isAnnotationDraft({ ...draft, tags: [1] })).toBe(false);
    expect(isAnnotationDraft(null)).toBe(false);
    expect(isAddAnnotation({ draft, more: 1 })).toBe(false);
  });

  it('patches carry only editable fields', () => {
    expect(isAnnotationPatch({ note: 'x' })).toBe(true);
    expect(isAnnotationPatch({ label: null, tags: ['a'], color: 'blue' })).toBe(true);
    expect(isAnnotationPatch({})).toBe(false);
    expect(isAnnotationPatch({ page: draft.page })).toBe(false);
    expect(isAnnotationPatch({ note: 5 })).toBe(false);
    expect(isUpdateAnnotation({ id, patch: { note: 'x' } })).toBe(true);
    expect(isUpdateAnnotation({ id: 'not-a-uuid', patch: { note: 'x' } })).toBe(false);
  });

  it('ids, pages, restores and fact targets', () => {
    expect(isAnnotationId({ id })).toBe(true);
    expect(isAnnotationId({ id: `${id} ` })).toBe(false);
    expect(isForPage({ url: 'https://a.example/x' })).toBe(true);
    expect(isForPage({ url: 'file:///etc/passwd' })).toBe(false);
    expect(isForPage({ url: `https://a.example/${'x'.repeat(5000)}` })).toBe(false);
    expect(isRestoreAnnotations({ annotations: [saved] })).toBe(true);
    expect(isRestoreAnnotations({ annotations: [{ ...saved, createdAt: 'yesterday' }] })).toBe(false);
    expect(isSaveFactTarget({ kind: 'figure', start: 3, end: 9 })).toBe(true);
    expect(isSaveFactTarget({ kind: 'figure', start: 9, end: 9 })).toBe(false);
    expect(isSaveFactTarget({ kind: 'rumour', start: 3, end: 9 })).toBe(false);
  });

  it('are merged into the protocol maps', () => {
    for (const type of Object.keys(annotationsToBackground)) expect(backgroundRequests).toHaveProperty([type]);
    for (const type of Object.keys(annotationsToContent)) expect(contentRequests).toHaveProperty([type]);
  });
});

describe('sender checks', () => {
  const background = createRouter(annotationsToBackground, { 'annotations/for-page': () => [saved] }, SELF);
  const content = createRouter(annotationsToContent, { 'annotations/open-editor': () => true }, SELF);

  it('the background answers our content scripts and pages, not strangers', async () => {
    const msg = envelope('annotations/for-page', { url: 'https://a.example/x' });
    expect(await background(msg, CONTENT)).toEqual({ ok: true, value: [saved] });
    expect(await background(msg, LIBRARY)).toEqual({ ok: true, value: [saved] });
    expect(await background(msg, STRANGER)).toMatchObject({ ok: false });
    expect(await background(envelope('annotations/for-page', { url: 42 }), CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('invalid payload') });
  });

  it('a tab opens its editor only when the extension asks, never another tab', async () => {
    const msg = envelope('annotations/open-editor', {});
    expect(await content(msg, { id: 'ext' })).toEqual({ ok: true, value: true }); // the background
    expect(await content(msg, CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('sender not allowed') });
  });
});
