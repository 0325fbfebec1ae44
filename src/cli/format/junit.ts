/**
 * The JUnit XML report of `test`, in the shape CI systems read (GitHub test-report actions,
 * GitLab's `artifacts:reports:junit`, Jenkins' JUnit plugin): `testsuites` > one `testsuite`
 * per scenario file > one `testcase` per check, with a `failure` element when it failed.
 */

import type { TestSuite } from '../testRun';
import { testTotals } from './testText';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attributes a parser would turn these into spaces: written as references they survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Whether XML 1.0 can hold the code point at all (https://www.w3.org/TR/xml/#charsets). */
function allowed(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/**
 * `text` escaped for an attribute value or element content. Characters XML cannot hold (most
 * control characters, lone surrogates) are written as visible `\uXXXX` text.
 */
export function xmlEscape(text: string, inAttribute = true): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (!allowed(code)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (char in ENTITIES && (inAttribute || !'\t\n\r'.includes(char))) out += ENTITIES[char];
    else out += char;
  }
  return out;
}

function seconds(value: number): string {
  return value.toFixed(3);
}

/** The whole report. */
export function junitXml(suites: readonly TestSuite[]): string {
  const { tests, failures } = testTotals(suites);
  const total = suites.reduce((sum, suite) => sum + suite.seconds, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="iam-playground" tests="${tests}" failures="${failures}" errors="0" time="${seconds(total)}">`,
  ];
  for (const suite of suites) {
    const failed = suite.cases.filter((test) => test.failure !== null).length;
    const file = xmlEscape(suite.file);
    lines.push(
      `  <testsuite name="${file}" tests="${suite.cases.length}" failures="${failed}" errors="0" skipped="0" time="${seconds(suite.seconds)}">`,
    );
    for (const test of suite.cases) {
      const open = `    <testcase name="${xmlEscape(test.name)}" classname="${file}" time="${seconds(test.seconds)}"`;
      if (test.failure === null) {
        lines.push(`${open}/>`);
        continue;
      }
      const body = xmlEscape([test.failure, ...test.details].join('\n'), false);
      lines.push(
        `${open}>`,
        `      <failure message="${xmlEscape(test.failure)}" type="AssertionError">${body}</failure>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
