/**
 * What the `site` module adds to builtins at start-up that programs use: `exit` and `quit`
 * (Lib/_sitebuiltins.py Quitter). Calling one raises SystemExit(code); its repr is the hint
 * CPython prints at the prompt. Also `copyright`, `credits` and `license` (_Printer): the repr is
 * the text when it has at most 23 lines, else a hint; calling one prints the text. `license`'s
 * full text is the LICENSE.txt of a CPython installation, which this VM does not carry: its repr
 * is CPython's hint and calling it prints the pointer CPython shows when the file is missing.
 */
import { PyObject, makeImmortal } from '../objects/object';
import { makeStaticType, objectType, inheritSlots, type PyType } from '../objects/type';
import { newDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { bindArgs } from '../runtime/args';
import { None } from '../objects/singletons';

class PyQuitter extends PyObject {
  constructor(type: PyType, readonly name: string) {
    super(type);
  }
}

let quitterType: PyType | null = null;

/** The `exit` and `quit` objects (immortal: one pair per VM's builtins). */
export function makeQuitters(): [PyObject, PyObject] {
  quitterType ??= makeStaticType('Quitter', objectType, {
    repr: (o) => newStr(`Use ${(o as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`),
    call: (o, args, kw) => {
      const [code] = bindArgs('__call__', args, kw, ['code'], 0);
      if (!(o instanceof PyQuitter)) raise(PyExc.TypeError, 'bad quitter');
      raiseWith(PyExc.SystemExit!, code);
    },
  }, { module: '_sitebuiltins' });
  if (!quitterType.tdict) {
    quitterType.tdict = makeImmortal(newDict());
    inheritSlots(quitterType);
  }
  return [makeImmortal(new PyQuitter(quitterType, 'exit')), makeImmortal(new PyQuitter(quitterType, 'quit'))];
}

class PyPrinter extends PyObject {
  constructor(type: PyType, readonly name: string, readonly repr: string, readonly text: string) {
    super(type);
  }
}

let printerType: PyType | null = null;

const COPYRIGHT = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';
const CREDITS = '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.';

/** `copyright`, `credits`, `license` (immortal). `print` writes a text as builtins.print would. */
export function makePrinters(print: (text: string) => void): [PyObject, PyObject, PyObject] {
  printerType ??= makeStaticType('_Printer', objectType, {
    repr: (o) => newStr((o as PyPrinter).repr),
    call: (o, args, kw) => {
      bindArgs('__call__', args, kw, [], 0);
      print((o as PyPrinter).text);
      None.ob_refcnt++;
      return None;
    },
  }, { module: '_sitebuiltins' });
  if (!printerType.tdict) {
    printerType.tdict = makeImmortal(newDict());
    inheritSlots(printerType);
  }
  const mk = (name: string, repr: string, text: string) => makeImmortal(new PyPrinter(printerType!, name, repr, text));
  return [mk('copyright', COPYRIGHT, COPYRIGHT), mk('credits', CREDITS, CREDITS),
    mk('license', 'Type license() to see the full license text', 'See https://www.python.org/psf/license/')];
}
