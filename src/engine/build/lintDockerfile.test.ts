import { describe, expect, it } from 'vitest';
import { lintDockerfile } from './lintDockerfile';
import { parseDockerfile } from './parserApi';

function lint(text: string): string[] {
  const parsed = parseDockerfile(text, 'current');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return lintDockerfile(parsed.dockerfile);
}

describe('BuildKit Dockerfile checks', () => {
  it("flags Docker's 2018 get-started Dockerfile for its legacy ENV", () => {
    expect(lint('FROM python:2.7-slim\nWORKDIR /app\nADD . /app\nRUN pip install --trusted-host pypi.python.org -r requirements.txt\nEXPOSE 80\nENV NAME World\nCMD ["python", "app.py"]\n')).toEqual([
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 6)',
    ]);
  });

  it('has nothing to say about the seed Dockerfile', () => {
    expect(lint('FROM python:3.6.4-slim\nCOPY ./app /app\nRUN pip install -r /app/requirements.txt\nCMD [ "python", "/app/main.py" ]\nEXPOSE 5000\n')).toEqual([]);
  });

  it('reports parse-time checks first, then the stage checks, each in file order', () => {
    expect(lint('FROM busybox as base\nMAINTAINER me\nLABEL a b\nCMD echo hi\nCMD ["sh"]\nENTRYPOINT top\nFROM base AS two\nSHELL ["/bin/bash", "-c"]\nCMD echo two\n')).toEqual([
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
      'LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 3)',
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)',
      'MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 4)',
      'JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals (line 6)',
    ]);
  });

  it('accepts lower-case from with lower-case as', () => {
    expect(lint('from busybox as base\nENV A=1 B=2\n')).toEqual([]);
  });
});
