import type { Type } from '@nestjs/common';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';

/** Every GraphQL resolver class provided by these modules and the modules they import. */
export function resolversOf(modules: Type[]): Type[] {
  const seen = new Set<Type>();
  const visited = new Set<Type>();
  const visit = (module: Type): void => {
    if (visited.has(module)) return;
    visited.add(module);
    for (const provider of (Reflect.getMetadata('providers', module) ?? []) as unknown[]) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider)) seen.add(provider as Type);
    }
    for (const imported of (Reflect.getMetadata('imports', module) ?? []) as unknown[]) {
      if (typeof imported === 'function') visit(imported as Type);
    }
  };
  modules.forEach(visit);
  return [...seen];
}
