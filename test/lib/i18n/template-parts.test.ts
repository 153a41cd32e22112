import { describe, expect, test } from 'vitest';
import { fillTemplate, templateParts, templatePlaceholders } from '../../../src/lib/i18n/index.ts';
import { escapeHtml } from '../../../src/lib/text/escape-html.ts';

describe('templateParts', () => {
  test.each([
    ['Announced on {date}', [{ text: 'Announced on ' }, { placeholder: 'date' }]],
    ['{lead} since {date}.', [{ placeholder: 'lead' }, { text: ' since ' }, { placeholder: 'date' }, { text: '.' }]],
    ['{a}{b}', [{ placeholder: 'a' }, { placeholder: 'b' }]],
    ['No values.', [{ text: 'No values.' }]],
    ['', []],
  ])('splits %j into its text and placeholders', (template, parts) => {
    expect(templateParts(template)).toEqual(parts);
  });

  test('keeps braces that do not name a placeholder as text', () => {
    expect(templateParts('{ not one } {}')).toEqual([{ text: '{ not one } {}' }]);
  });
});

describe('templatePlaceholders', () => {
  test('lists the names in order', () => {
    expect(templatePlaceholders('{from} to {until} — {current}')).toEqual(['from', 'until', 'current']);
  });
});

describe('fillTemplate', () => {
  test('puts each value where its placeholder stands', () => {
    expect(fillTemplate('Page {page} of {pages}', { page: '2', pages: '9' })).toBe('Page 2 of 9');
  });

  test('turns only the template’s own text by `text`, never the values', () => {
    expect(fillTemplate('Fish & {link} <chips>', { link: '<a href="/">here</a>' }, escapeHtml)).toBe(
      'Fish &amp; <a href="/">here</a> &lt;chips&gt;',
    );
  });

  test('refuses a placeholder without a value, naming it', () => {
    expect(() => fillTemplate('Announced on {date}', {})).toThrow('interface template "Announced on {date}" needs a value for {date}');
  });
});
