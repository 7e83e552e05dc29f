import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders the subset as elements, raw HTML as text', () => {
    const html = renderToStaticMarkup(<Markdown source={'## Part\n\nSee **this** and `code`.\n\n<script>alert(1)</script>\n\n- a\n- b'} />);
    expect(html).toBe(
      '<div class="lesson-prose"><h4>Part</h4><p>See <strong>this</strong> and <code>code</code>.</p>' +
        '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><ul><li>a</li><li>b</li></ul></div>',
    );
  });

  it('links open safely; unsafe addresses become plain text', () => {
    const html = renderToStaticMarkup(<Markdown source={'[docs](https://docs.docker.com/) [bad](javascript:alert(1))'} />);
    expect(html).toBe(
      '<div class="lesson-prose"><p><a href="https://docs.docker.com/" target="_blank" rel="noopener noreferrer">docs</a> <span>bad</span>)</p></div>',
    );
  });

  it('a shell fence becomes one button per command; other fences stay code', () => {
    const html = renderToStaticMarkup(<Markdown source={'```sh\ndocker ps\ndocker images\n```\n\n```json\n{"a": 1}\n```'} />);
    expect(html).toBe(
      '<div class="lesson-prose"><div class="lesson-snippets">' +
        '<button type="button" class="lesson-snippet" title="টার্মিনালে লিখুন (চালাবে না): docker ps"><code>docker ps</code></button>' +
        '<button type="button" class="lesson-snippet" title="টার্মিনালে লিখুন (চালাবে না): docker images"><code>docker images</code></button>' +
        '</div><pre class="lesson-code"><code>{&quot;a&quot;: 1}</code></pre></div>',
    );
  });

  it('a heredoc is one button holding its lines and indentation', () => {
    const html = renderToStaticMarkup(<Markdown source={"```sh\ncat > a.py <<'EOF'\ndef f():\n    return 1\nEOF\npython a.py\n```"} />);
    expect(html).toBe(
      '<div class="lesson-prose"><div class="lesson-snippets">' +
        '<button type="button" class="lesson-snippet" title="টার্মিনালে লিখুন (চালাবে না): cat &gt; a.py &lt;&lt;&#x27;EOF&#x27;\ndef f():\n    return 1\nEOF">' +
        '<code>cat &gt; a.py &lt;&lt;&#x27;EOF&#x27;\ndef f():\n    return 1\nEOF</code></button>' +
        '<button type="button" class="lesson-snippet" title="টার্মিনালে লিখুন (চালাবে না): python a.py"><code>python a.py</code></button>' +
        '</div></div>',
    );
  });
});
