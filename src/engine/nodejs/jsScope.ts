// Lexical scopes: bindings by name, `const` ones frozen against assignment.
import type { Value } from './jsValues';

export class Scope {
  private vars = new Map<string, { value: Value; constant: boolean }>();

  constructor(readonly parent?: Scope) {}

  declare(name: string, value: Value, constant = false): void {
    this.vars.set(name, { value, constant });
  }

  find(name: string): { value: Value; constant: boolean } | undefined {
    return this.vars.get(name) ?? this.parent?.find(name);
  }

  has(name: string): boolean {
    return this.vars.has(name) || (this.parent?.has(name) ?? false);
  }

  /** The bindings declared right here (module globals kept between requests). */
  own(): [string, { value: Value; constant: boolean }][] {
    return [...this.vars.entries()];
  }
}
