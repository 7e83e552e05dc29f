// Block Markdown: ATX headings, paragraphs, - / * / 1. lists and ``` fences. Anything else (HTML,
// tables, quotes) is a paragraph of text, which the renderer shows as text.
import type { Block } from './markdownTypes';
import { groupShellLines } from './groupShellLines';
import { parseInline } from './parseInline';

const FENCE = /^\s*(```+|~~~+)\s*([^\s`]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const endParagraph = () => {
    if (para.length) blocks.push({ type: 'paragraph', children: parseInline(para.join(' ')) });
    para = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = line.match(FENCE);
    if (fence) {
      endParagraph();
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++; // the closing fence (or the end of the text)
      blocks.push({ type: 'code', lang: fence[2].toLowerCase(), text: body.join('\n') });
      continue;
    }
    const heading = line.match(HEADING);
    if (heading) {
      endParagraph();
      blocks.push({ type: 'heading', level: heading[1].length, children: parseInline(heading[2]) });
      i++;
      continue;
    }
    const bullet = line.match(BULLET);
    const ordered = bullet ? null : line.match(ORDERED);
    if (bullet || ordered) {
      endParagraph();
      const isOrdered = !!ordered;
      const items: string[] = [];
      while (i < lines.length) {
        const m = lines[i].match(isOrdered ? ORDERED : BULLET);
        if (m) items.push(m[1]);
        else if (lines[i].trim() && /^\s{2,}/.test(lines[i]) && items.length) items[items.length - 1] += ' ' + lines[i].trim();
        else break;
        i++;
      }
      blocks.push({ type: 'list', ordered: isOrdered, items: items.map(parseInline) });
      continue;
    }
    if (line.trim() === '') endParagraph();
    else para.push(line.trim());
    i++;
  }
  endParagraph();
  return blocks;
}

/** Split a lesson file into its `## ` sections (text before the first one is dropped: the title). */
export function splitSections(src: string): { title: string; body: string }[] {
  const sections: { title: string; body: string }[] = [];
  let inFence = false;
  for (const line of src.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const m = !inFence && line.match(/^##\s+(.*?)\s*$/);
    if (m) sections.push({ title: m[1], body: '' });
    else if (sections.length) sections[sections.length - 1].body += line + '\n';
  }
  return sections.map((s) => ({ title: s.title, body: s.body.trim() + '\n' }));
}

/** The commands of a fenced sh/bash/shell block: one per non-empty line, a heredoc with its body. */
export function snippetCommands(block: Extract<Block, { type: 'code' }>): string[] {
  if (!isShellLang(block.lang)) return [];
  return groupShellLines(block.text);
}

export function isShellLang(lang: string): boolean {
  return lang === 'sh' || lang === 'bash' || lang === 'shell';
}
