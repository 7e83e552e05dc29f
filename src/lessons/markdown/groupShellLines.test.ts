import { describe, expect, it } from 'vitest';
import { groupShellLines } from './groupShellLines';

describe('groupShellLines', () => {
  it('one command per non-empty line, trimmed', () => {
    expect(groupShellLines('  docker ps\n\ndocker images  \n')).toEqual(['docker ps', 'docker images']);
  });

  it('a heredoc keeps its body verbatim (indentation too) and its terminator with the opening line', () => {
    const text = [
      "cat > app/main.py <<'EOF'",
      'from flask import Flask',
      '',
      'def hello():',
      '    return "Hello"',
      'EOF',
      'cat app/main.py',
    ].join('\n');
    expect(groupShellLines(text)).toEqual([
      "cat > app/main.py <<'EOF'\nfrom flask import Flask\n\ndef hello():\n    return \"Hello\"\nEOF",
      'cat app/main.py',
    ]);
  });

  it('<<- ends at a tab-indented terminator; <<< is a here-string, not a heredoc', () => {
    expect(groupShellLines('cat <<-END\n\tx\n\tEND\necho done')).toEqual(['cat <<-END\n\tx\n\tEND', 'echo done']);
    expect(groupShellLines('cat <<< word\necho done')).toEqual(['cat <<< word', 'echo done']);
  });

  it('a line ending in a backslash goes on with the next; an unterminated heredoc keeps the rest', () => {
    expect(groupShellLines('docker run -d \\\n  --name web nginx\ndocker ps')).toEqual(['docker run -d \\\n  --name web nginx', 'docker ps']);
    expect(groupShellLines('cat <<EOF\na\n  b')).toEqual(['cat <<EOF\na\n  b']);
  });
});
