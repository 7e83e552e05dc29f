// Shapes of template functions. A param type says how Go would convert an argument:
// 'value' is reflect.Value (anything, even a missing value), 'any' is interface{} (a missing
// value becomes nil), the rest are Go's concrete types and reject other kinds.
export type ParamType = 'value' | 'any' | 'string' | 'int' | 'bool' | 'stringSlice';

export interface FuncDef {
  params: ParamType[];
  variadic?: ParamType;
  fn(...args: unknown[]): unknown;
}

/** Thrown by a function body; the executor reports it as `error calling <name>: <message>`. */
export class FuncError {
  constructor(readonly message: string) {}
}

export const PARAM_GO_TYPE: Record<ParamType, string> = {
  value: 'reflect.Value',
  any: 'interface {}',
  string: 'string',
  int: 'int',
  bool: 'bool',
  stringSlice: '[]string',
};
