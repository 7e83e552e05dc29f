// Generated from real CPython 3.6.15 and 3.12.1 runs of each program (their stdout and stderr
// interleaved as a terminal shows them): the model must print the same bytes.
import { describe, expect, it } from 'vitest';
import { loadPythonProgram } from './loadPythonProgram';
import { pyVersion } from './pyVersion';

const CASES: [string, string, string][] = [
  ["x = 1 2\n", "  File \"/app/main.py\", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n"],
  ["x = 1 +\n", "  File \"/app/main.py\", line 1\n    x = 1 +\n          ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"],
  ["def f()\n    return 1\n", "  File \"/app/main.py\", line 1\n    def f()\n          ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"],
  ["def hello():\n    return \"Hey\"if\n__name__ == \"__main__\":\n    pass\n", "  File \"/app/main.py\", line 2\n    return \"Hey\"if\n                 ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 2\n    return \"Hey\"if\n                  ^\nSyntaxError: invalid syntax\n"],
  ["x = [1, 2\ny = 3\n", "  File \"/app/main.py\", line 2\n    y = 3\n    ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"],
  ["x = )\n", "  File \"/app/main.py\", line 1\n    x = )\n        ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"],
  ["print(\"a\"\n", "  File \"/app/main.py\", line 2\n    \n             ^\nSyntaxError: unexpected EOF while parsing\n", "  File \"/app/main.py\", line 1\n    print(\"a\"\n         ^\nSyntaxError: '(' was never closed\n"],
  ["return 5\n", "  File \"/app/main.py\", line 1\n    return 5\n    ^\nSyntaxError: 'return' outside function\n", "  File \"/app/main.py\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"],
  ["x = 'abc\n", "  File \"/app/main.py\", line 1\n    x = 'abc\n           ^\nSyntaxError: EOL while scanning string literal\n", "  File \"/app/main.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"],
  ["def f():\n    x = 1\n   y = 2\n", "  File \"/app/main.py\", line 3\n    y = 2\n        ^\nIndentationError: unindent does not match any outer indentation level\n", "  File \"/app/main.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"],
  ["if True:\npass\n", "  File \"/app/main.py\", line 2\n    pass\n       ^\nIndentationError: expected an indented block\n", "  File \"/app/main.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"],
  ["x = 1\n    y = 2\n", "  File \"/app/main.py\", line 2\n    y = 2\n    ^\nIndentationError: unexpected indent\n", "  File \"/app/main.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"],
  ["x = \u201chello\u201d\n", "  File \"/app/main.py\", line 1\n    x = \u201chello\u201d\n              ^\nSyntaxError: invalid character in identifier\n", "  File \"/app/main.py\", line 1\n    x = \u201chello\u201d\n        ^\nSyntaxError: invalid character '\u201c' (U+201C)\n"],
  ["app.run(host=\"0.0.0.0\" port=5000)\n", "  File \"/app/main.py\", line 1\n    app.run(host=\"0.0.0.0\" port=5000)\n                              ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    app.run(host=\"0.0.0.0\" port=5000)\n                 ^^^^^^^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"],
  ["if x = 1:\n  pass\n", "  File \"/app/main.py\", line 1\n    if x = 1:\n         ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"],
  ["x = (1]\n", "  File \"/app/main.py\", line 1\n    x = (1]\n          ^\nSyntaxError: invalid syntax\n", "  File \"/app/main.py\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n"],
  ["print \"hi\"\n", "  File \"/app/main.py\", line 1\n    print \"hi\"\n             ^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(\"hi\")?\n", "  File \"/app/main.py\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"],
  ["x = 1\nprint(y)\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 2, in <module>\n    print(y)\nNameError: name 'y' is not defined\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 2, in <module>\n    print(y)\n          ^\nNameError: name 'y' is not defined\n"],
  ["def f():\n    return undefined_thing\nprint(f())\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>\n    print(f())\n  File \"/app/main.py\", line 2, in f\n    return undefined_thing\nNameError: name 'undefined_thing' is not defined\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>\n    print(f())\n          ^^^\n  File \"/app/main.py\", line 2, in f\n    return undefined_thing\n           ^^^^^^^^^^^^^^^\nNameError: name 'undefined_thing' is not defined\n"],
  ["prnt(\"hi\")\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 1, in <module>\n    prnt(\"hi\")\nNameError: name 'prnt' is not defined\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 1, in <module>\n    prnt(\"hi\")\n    ^^^^\nNameError: name 'prnt' is not defined. Did you mean: 'print'?\n"],
  ["x = \"a\" + 1\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 1, in <module>\n    x = \"a\" + 1\nTypeError: must be str, not int\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 1, in <module>\n    x = \"a\" + 1\n        ~~~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n"],
  ["d = {\"a\": 1}\nprint(d[\"b\"])\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 2, in <module>\n    print(d[\"b\"])\nKeyError: 'b'\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 2, in <module>\n    print(d[\"b\"])\n          ~^^^^^\nKeyError: 'b'\n"],
  ["name = \"W\"\nprint(f\"Hello {name}!\", \"%s-%d\" % (\"a\", 3), \"{} {x}\".format(1, x=2), str(5) + \"!\")\n", "Hello W! a-3 1 2 5!\n", "Hello W! a-3 1 2 5!\n"],
  ["for i in range(3):\n    print(i * 2, end=\",\")\nprint()\nprint([1, \"a\", None, True], {\"k\": (1,)}, 2.5, 10/4, 7//2)\n", "0,2,4,\n[1, 'a', None, True] {'k': (1,)} 2.5 2.5 3\n", "0,2,4,\n[1, 'a', None, True] {'k': (1,)} 2.5 2.5 3\n"],
  ["print(os.getcwd())\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 1, in <module>\n    print(os.getcwd())\nNameError: name 'os' is not defined\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 1, in <module>\n    print(os.getcwd())\n          ^^\nNameError: name 'os' is not defined. Did you forget to import 'os'?\n"],
  ["def f(a):\n    return a\nf(1, 2)\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>\n    f(1, 2)\nTypeError: f() takes 1 positional argument but 2 were given\n", "Traceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>\n    f(1, 2)\nTypeError: f() takes 1 positional argument but 2 were given\n"],
  ["x = 5\nif x > 3:\n    print(\"big\")\nelse:\n    print(\"small\")\ntry:\n    int(\"abc\")\nexcept ValueError as e:\n    print(\"bad\", e)\n", "big\nbad invalid literal for int() with base 10: 'abc'\n", "big\nbad invalid literal for int() with base 10: 'abc'\n"],
];

function run(source: string, version: string): string {
  const r = loadPythonProgram({
    version: pyVersion(version, version),
    file: '/app/main.py',
    source,
    hasPackage: () => false,
    flaskModern: version !== '3.6.4',
    redis: { connectError: () => undefined, incr: () => 1, get: () => undefined, set: () => {} },
    env: {},
    hostname: 'abc',
    cwd: '/',
    pid: 1,
    argv: ['/app/main.py'],
    now: 0,
    random: () => 0,
    sleep: () => {},
  });
  return r.output.map((o) => o.text).join('');
}

describe('the Python model prints what CPython prints', () => {
  CASES.forEach(([source, classic, current], i) => {
    it(`case ${i + 1}: ${JSON.stringify(source.split('\n')[0])}`, () => {
      expect(run(source, '3.6.4')).toBe(classic);
      expect(run(source, '3.12.12')).toBe(current);
    });
  });
});
