import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/lib/search/index.ts';

describe('excerptParts', () => {
  test('splits an excerpt into text and the matches Pagefind marked', () => {
    expect(excerptParts('We use <mark>cookies</mark> to <mark>remember</mark> you.')).toEqual([
      { text: 'We use ', marked: false },
      { text: 'cookies', marked: true },
      { text: ' to ', marked: false },
      { text: 'remember', marked: true },
      { text: ' you.', marked: false },
    ]);
  });

  test('gives back the page text Pagefind escaped: < and > only, a & as it was', () => {
    expect(excerptParts('a &lt;script&gt; is <mark>text</mark> &amp; AT&T')).toEqual([
      { text: 'a <script> is ', marked: false },
      { text: 'text', marked: true },
      { text: ' &amp; AT&T', marked: false },
    ]);
  });

  test('keeps a <mark> written in the policy text (escaped by Pagefind) as text, not a match', () => {
    expect(excerptParts('&lt;mark&gt;<mark>word</mark>&lt;/mark&gt;')).toEqual([
      { text: '<mark>', marked: false },
      { text: 'word', marked: true },
      { text: '</mark>', marked: false },
    ]);
  });

  test('leaves any other markup as text and drops empty runs', () => {
    expect(excerptParts('<mark></mark><b>bold</b>')).toEqual([{ text: '<b>bold</b>', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });

  test('joins matches next to each other into one', () => {
    expect(excerptParts('<mark>data</mark><mark>base</mark>')).toEqual([{ text: 'database', marked: true }]);
  });
});
