import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson, waitForText } from './browser.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

it('a facilitator starts a draft from a Word file: sees its clauses, confirms, and finds them in the editor', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const facilitator = await newPerson(server.url);
  await useAxe(facilitator.context);
  const { page } = facilitator;
  await page.goto(`/join/${tokens.facilitator}`);
  await page.getByRole('heading', { level: 2, name: 'Start a draft' }).waitFor();

  // A file that is not a text is refused in words before anything is made.
  await page.getByLabel('Choose a file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await page.getByRole('alert').getByText('This kind of file cannot be imported', { exact: false }).waitFor();
  expect(await page.getByRole('button', { name: 'Import and open the draft' }).isDisabled()).toBe(true);

  const word = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Whereas')] }),
          new Paragraph({ children: [new TextRun('Every resident has the '), new TextRun({ text: 'right', bold: true }), new TextRun(' to housing.')] }),
          new Paragraph({ children: [new TextRun('تلتزم المدينة بحماية حقوق الإنسان')] }),
        ],
      },
    ],
  });
  await page.getByLabel('Title', { exact: true }).fill('Housing resolution');
  await page.getByLabel('Choose a file').setInputFiles({ name: 'resolution.docx', mimeType: DOCX, buffer: await Packer.toBuffer(word) });
  await page.getByText('File: resolution.docx').waitFor();
  await page.getByText('It makes 3 clauses:').waitFor();
  const preview = page.getByRole('list', { name: 'It makes 3 clauses:' });
  expect(await preview.getByRole('listitem').allTextContents()).toEqual([
    'Heading Whereas',
    'Paragraph Every resident has the right to housing.',
    'Paragraph تلتزم المدينة بحماية حقوق الإنسان',
  ]);
  // The usual sections are not offered beside a text of one's own.
  expect(await page.getByRole('checkbox', { name: 'Start with the usual sections of a resolution' }).count()).toBe(0);
  const violations = await seriousViolations(page);
  expect(violations, describeViolations('the new-draft form with a preview', violations)).toEqual([]);

  await page.getByRole('button', { name: 'Import and open the draft' }).click();
  await page.waitForURL(/\/drafts\/[^/]+$/);
  await waitForText(page, 'Every resident has the right to housing.');
  const blocks = page.locator('.ProseMirror > *');
  expect(await blocks.evaluateAll((nodes) => nodes.map((node) => [node.tagName, node.getAttribute('dir')]))).toEqual([
    ['H1', 'auto'],
    ['P', 'auto'],
    ['P', 'auto'],
  ]);
  expect(await page.locator('.ProseMirror strong').textContent()).toBe('right');
  // dir="auto" lets the Arabic clause run right to left.
  expect(await blocks.nth(2).evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');

  await facilitator.context.close();
});
