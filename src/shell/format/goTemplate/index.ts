// Go text/template for docker --format; see template.ts and goValues.ts for the data model.
export { parseTemplate, executeTemplate, type Template, type ParseOptions, type ExecOptions } from './template';
export { TemplateError } from './templateError';
export { goStruct } from './goValues';
export { sprintf } from './goFmt';
export type { FuncDef, ParamType } from './funcTypes';
export { FuncError } from './funcTypes';
export { renderFormat, preFormat, type RenderOptions, type CliDialect } from '../renderFormat';
