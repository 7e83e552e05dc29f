// The Markdown subset lessons use, as plain data. Nothing here ever becomes raw HTML: the React
// renderer turns each node into an element, so `<script>` in a lesson stays text.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  /** href is only set when it is a safe address (http, https, mailto, or a relative/# path). */
  | { type: 'link'; href: string | null; children: Inline[] };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  /** A fenced code block; `lang` is the info string's first word ('' when none). */
  | { type: 'code'; lang: string; text: string };
