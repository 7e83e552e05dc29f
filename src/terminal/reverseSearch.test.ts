import { describe, expect, it } from 'vitest';
import { extendSearch, searchOlder, searchPrompt, searchView, shortenSearch, startSearch } from './reverseSearch';

const history = ['docker run -d --name web nginx', 'echo hello', 'docker ps', 'docker stop web'];

describe('reverse-i-search', () => {
  it('starts empty, showing the line being edited', () => {
    const s = startSearch({ line: 'ls', cursor: 2 });
    expect(searchPrompt(s)).toBe("(reverse-i-search)`': ");
    expect(searchView(s, history)).toEqual({ line: 'ls', cursor: 2 });
  });

  it('each typed character narrows to the newest line containing the query, cursor on the match', () => {
    let s = startSearch({ line: '', cursor: 0 });
    s = extendSearch(s, history, 'd');
    expect(searchView(s, history)).toEqual({ line: 'docker stop web', cursor: 0 });
    s = extendSearch(s, history, 'o');
    s = extendSearch(s, history, 'c');
    expect(searchView(s, history)).toEqual({ line: 'docker stop web', cursor: 0 });
    s = extendSearch(startSearch({ line: '', cursor: 0 }), history, 'hel');
    expect(searchPrompt(s)).toBe("(reverse-i-search)`hel': ");
    expect(searchView(s, history)).toEqual({ line: 'echo hello', cursor: 5 });
  });

  it('Ctrl-R again finds older lines; past the oldest it fails and keeps the last match', () => {
    let s = extendSearch(startSearch({ line: '', cursor: 0 }), history, 'docker');
    expect(s.index).toBe(3);
    s = searchOlder(s, history);
    expect(s.index).toBe(2);
    s = searchOlder(s, history);
    expect(searchView(s, history).line).toBe('docker run -d --name web nginx');
    s = searchOlder(s, history);
    expect(s.failed).toBe(true);
    expect(searchPrompt(s)).toBe("(failed reverse-i-search)`docker': ");
    expect(searchView(s, history).line).toBe('docker run -d --name web nginx');
  });

  it('a query nothing contains fails; Backspace shortens it and searches again', () => {
    let s = extendSearch(startSearch({ line: '', cursor: 0 }), history, 'ps');
    s = extendSearch(s, history, 'x');
    expect(searchPrompt(s)).toBe("(failed reverse-i-search)`psx': ");
    expect(searchView(s, history)).toEqual({ line: 'docker ps', cursor: 7 });
    s = shortenSearch(s, history);
    expect(searchPrompt(s)).toBe("(reverse-i-search)`ps': ");
    expect(searchView(s, history)).toEqual({ line: 'docker ps', cursor: 7 });
  });
});
