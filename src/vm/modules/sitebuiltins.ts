/**
 * What the `site` module adds to builtins at start-up that programs use: `exit` and `quit`
 * (Lib/_sitebuiltins.py Quitter). Calling one raises SystemExit(code); its repr is the hint
 * CPython prints at the prompt.
 */
import { PyObject, makeImmortal } from '../objects/object';
import { makeStaticType, objectType, inheritSlots, type PyType } from '../objects/type';
import { newDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { bindArgs } from '../runtime/args';

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
