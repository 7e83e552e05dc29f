// File commands: cat, mkdir, touch, rm, cp, mv, with GNU or busybox error texts.
import { basename } from '../../../engine/fs/path';
import type { Command } from '../../types';
import { runtimeOf } from '../../interp/runtime';
import { abs, badOption, errMessage, forEachOperand, missingOperand, openError, parseOpts, readInputs } from './util';

export const catCommand: Command = {
  name: 'cat',
  summary: 'Print files',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'nAeEtuv');
    if ('bad' in o) return badOption(cx, 'cat', o);
    const gnu = rt.style === 'gnu';
    let failed = false;
    let lineNo = 0;
    const inputs = o.operands.length > 0 ? o.operands : ['-'];
    for (const name of inputs) {
      let text: string;
      if (name === '-') text = cx.stdin;
      else {
        // busybox opens a directory fine and fails on the read.
        const r = readInputs(cx, [name], (n, m) => (!gnu && m === 'Is a directory' ? `cat: read error: ${m}\n` : openError('cat', gnu)(n, m)));
        if (r.failed) {
          failed = true;
          continue;
        }
        text = r.texts[0].text;
      }
      if (o.flags.has('n')) text = text.replace(/^(.*)$/gm, (l, _x, off: number) => (off === text.length ? l : `${String(++lineNo).padStart(6)}\t${l}`));
      cx.out(text);
    }
    return failed ? 1 : 0;
  },
};

export const mkdirCommand: Command = {
  name: 'mkdir',
  summary: 'Make directories',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'pv');
    if ('bad' in o) return badOption(cx, 'mkdir', o);
    const gnu = rt.style === 'gnu';
    if (o.operands.length === 0) return missingOperand(cx, gnu, 'mkdir');
    return forEachOperand(
      cx,
      o.operands,
      (d) => {
        rt.vfs.mkdir(abs(rt, d), { parents: o.flags.has('p') });
        if (o.flags.has('v')) cx.out(`mkdir: created directory '${d}'\n`);
      },
      (d, m) => (gnu ? `mkdir: cannot create directory ‘${d}’: ${m}\n` : `mkdir: can't create directory '${d}': ${m}\n`),
    );
  },
};

export const touchCommand: Command = {
  name: 'touch',
  summary: 'Create files or update their time',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'acm');
    if ('bad' in o) return badOption(cx, 'touch', o);
    const gnu = rt.style === 'gnu';
    if (o.operands.length === 0) return missingOperand(cx, gnu, 'touch', 'missing file operand');
    return forEachOperand(
      cx,
      o.operands,
      (f) => rt.vfs.touch(abs(rt, f)),
      (f, m) => (gnu ? `touch: cannot touch '${f}': ${m}\n` : `touch: ${f}: ${m}\n`),
    );
  },
};

export const rmCommand: Command = {
  name: 'rm',
  summary: 'Remove files or directories',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'rRfvid');
    if ('bad' in o) return badOption(cx, 'rm', o);
    const gnu = rt.style === 'gnu';
    const force = o.flags.has('f');
    const recursive = o.flags.has('r') || o.flags.has('R');
    if (o.operands.length === 0 && !force) return missingOperand(cx, gnu, 'rm');
    let code = 0;
    for (const f of o.operands) {
      const path = abs(rt, f);
      const st = rt.vfs.lstat(path);
      if (!st) {
        if (force) continue;
        cx.err(gnu ? `rm: cannot remove '${f}': No such file or directory\n` : `rm: can't remove '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (st.type === 'd' && !recursive) {
        cx.err(gnu ? `rm: cannot remove '${f}': Is a directory\n` : `rm: '${f}' is a directory\n`);
        code = 1;
        continue;
      }
      if (path === '/') {
        cx.err(gnu ? "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n" : "rm: can't remove '/'\n");
        code = 1;
        continue;
      }
      try {
        rt.vfs.remove(path, { recursive });
      } catch (e) {
        // A read-only mount (EROFS) or a mount point (EBUSY) refuses, and rm names the operand.
        cx.err(gnu ? `rm: cannot remove '${f}': ${errMessage(e)}\n` : `rm: can't remove '${f}': ${errMessage(e)}\n`);
        code = 1;
        continue;
      }
      if (o.flags.has('v')) cx.out(gnu ? `removed '${f}'\n` : `removed '${f}'\n`);
    }
    return code;
  },
};

function copyOrMove(name: 'cp' | 'mv'): Command {
  return {
    name,
    summary: name === 'cp' ? 'Copy files' : 'Move or rename files',
    run(cx, args) {
      const rt = runtimeOf(cx);
      const o = parseOpts(args, name === 'cp' ? 'rRafpv' : 'fivn');
      if ('bad' in o) return badOption(cx, name, o);
      const gnu = rt.style === 'gnu';
      const ops = o.operands;
      if (ops.length < 2) return missingOperand(cx, gnu, name, ops.length === 0 ? 'missing file operand' : `missing destination file operand after '${ops[0]}'`);
      const dest = ops[ops.length - 1];
      const destPath = abs(rt, dest);
      const destIsDir = rt.vfs.isDir(destPath);
      const sources = ops.slice(0, -1);
      if (sources.length > 1 && !destIsDir) {
        cx.err(gnu ? `${name}: target '${dest}' is not a directory\n` : `${name}: '${dest}' is not a directory\n`);
        return 1;
      }
      const recursive = o.flags.has('r') || o.flags.has('R') || o.flags.has('a');
      let code = 0;
      for (const src of sources) {
        const srcPath = abs(rt, src);
        const st = rt.vfs.lstat(srcPath);
        if (!st) {
          cx.err(gnu ? `${name}: cannot stat '${src}': No such file or directory\n` : `${name}: can't ${name === 'cp' ? 'stat' : 'rename'} '${src}': No such file or directory\n`);
          code = 1;
          continue;
        }
        if (name === 'cp' && rt.vfs.isDir(srcPath) && !recursive) {
          cx.err(gnu ? `cp: -r not specified; omitting directory '${src}'\n` : `cp: omitting directory '${src}'\n`);
          code = 1;
          continue;
        }
        const target = destIsDir ? `${destPath === '/' ? '' : destPath}/${basename(srcPath)}` : destPath;
        try {
          if (name === 'cp') rt.vfs.copy(srcPath, target, { recursive });
          else rt.vfs.rename(srcPath, target);
        } catch (e) {
          const m = errMessage(e);
          cx.err(gnu ? `${name}: cannot ${name === 'cp' ? 'create regular file' : 'move'} '${dest}': ${m}\n` : `${name}: can't create '${dest}': ${m}\n`);
          code = 1;
        }
      }
      return code;
    },
  };
}

export const cpCommand = copyOrMove('cp');
export const mvCommand = copyOrMove('mv');
