// Lesson prose as React elements from our Markdown parser's data: no HTML string is ever built, so
// whatever a lesson file holds (even `<script>`) shows as text. Shell snippets are buttons that type
// their command into the terminal.
import type { ReactNode } from 'react';
import type { Block, Inline } from '../../lessons/markdown/markdownTypes';
import { parseMarkdown, snippetCommands } from '../../lessons/markdown/parseMarkdown';
import { Snippet } from './Snippet';

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'link':
        return node.href ? (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        ) : (
          <span key={i}>{renderInline(node.children)}</span>
        );
    }
  });
}

function renderBlock(block: Block, i: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      // The panel's own headings are h3; a section's inner headings sit below them.
      const Tag = `h${Math.min(6, block.level + 2)}` as 'h4';
      return <Tag key={i}>{renderInline(block.children)}</Tag>;
    }
    case 'paragraph':
      return <p key={i}>{renderInline(block.children)}</p>;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag key={i}>
          {block.items.map((item, j) => (
            <li key={j}>{renderInline(item)}</li>
          ))}
        </Tag>
      );
    }
    case 'code': {
      const commands = snippetCommands(block);
      if (commands.length === 0) {
        return (
          <pre key={i} className="lesson-code">
            <code>{block.text}</code>
          </pre>
        );
      }
      return (
        <div key={i} className="lesson-snippets">
          {commands.map((command, j) => (
            <Snippet key={j} command={command} />
          ))}
        </div>
      );
    }
  }
}

export function Markdown({ source }: { source: string }) {
  return <div className="lesson-prose">{parseMarkdown(source).map(renderBlock)}</div>;
}
